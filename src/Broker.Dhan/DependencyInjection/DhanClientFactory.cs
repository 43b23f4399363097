using Microsoft.Extensions.DependencyInjection;

namespace Broker.Dhan;

/// <summary>Resolves named Dhan clients from the container's keyed registrations.</summary>
internal sealed class DhanClientFactory : IDhanClientFactory
{
    private readonly IServiceProvider _services;

    public DhanClientFactory(IServiceProvider services)
    {
        _services = services;
    }

    public IDhanClient GetClient(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return _services.GetKeyedService<IDhanClient>(DhanServiceKeys.For(name))
            ?? throw new InvalidOperationException($"No Dhan client is registered under the name '{name}'. Register it with services.AddDhanClient(\"{name}\", …).");
    }
}
