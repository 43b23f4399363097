using Broker.DependencyInjection;

namespace Broker.Dhan;

/// <summary>The DI keys of Dhan registrations.</summary>
public static class DhanServiceKeys
{
    /// <summary>The broker name in every Dhan <see cref="BrokerAccountKey"/>.</summary>
    public const string Broker = "Dhan";

    /// <summary>The key of the account registered under <paramref name="name"/>.</summary>
    /// <param name="name">The registration name.</param>
    /// <returns>The key.</returns>
    public static BrokerAccountKey For(string name = BrokerAccountKey.DefaultName) => new(Broker, name);
}
