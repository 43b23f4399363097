using Broker.DependencyInjection;

namespace Broker.Groww;

/// <summary>The DI keys of Groww registrations.</summary>
public static class GrowwServiceKeys
{
    /// <summary>The broker name in every Groww <see cref="BrokerAccountKey"/>.</summary>
    public const string Broker = "Groww";

    /// <summary>The key of the account registered under <paramref name="name"/>.</summary>
    /// <param name="name">The registration name.</param>
    /// <returns>The key.</returns>
    public static BrokerAccountKey For(string name = BrokerAccountKey.DefaultName) => new(Broker, name);
}
