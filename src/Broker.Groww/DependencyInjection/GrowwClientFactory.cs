using Broker.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.Groww;

/// <summary>Resolves named Groww clients from the container's keyed registrations.</summary>
internal sealed class GrowwClientFactory : IGrowwClientFactory
{
    private readonly IServiceProvider _services;

    public GrowwClientFactory(IServiceProvider services)
    {
        _services = services;
    }

    public IGrowwClient GetClient(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return _services.GetKeyedService<IGrowwClient>(new BrokerAccountKey(GrowwServiceKeys.Broker, name))
            ?? throw new InvalidOperationException($"No Groww client is registered under the name '{name}'. Register it with services.AddGrowwClient(\"{name}\", …).");
    }
}
