using Broker.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Broker.Dhan;

/// <summary>Creates a Dhan client without a DI container (console tools, scripts, notebooks).</summary>
public static class DhanClientFactory
{
    /// <summary>Creates a client with the same pipeline <c>AddDhanClient</c> registers, validating the options at once.</summary>
    /// <param name="configure">Sets the options.</param>
    /// <param name="loggerFactory">Where logs go; none when null.</param>
    /// <param name="timeProvider">The clock; the system clock when null.</param>
    /// <param name="configureBuilder">Further configuration, such as a different primary handler.</param>
    /// <returns>The client and the services it owns; dispose when done.</returns>
    /// <exception cref="OptionsValidationException">The options are invalid; the message lists every problem.</exception>
    public static DhanClientHost Create(
        Action<DhanClientOptions> configure,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? timeProvider = null,
        Action<DhanClientBuilder>? configureBuilder = null)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var services = new ServiceCollection();
        services.AddLogging();
        if (loggerFactory is not null)
        {
            services.Replace(ServiceDescriptor.Singleton(loggerFactory));
        }

        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        var builder = services.AddDhanClient(configure);
        configureBuilder?.Invoke(builder);
        var provider = services.BuildServiceProvider();
        try
        {
            _ = provider.GetRequiredService<IOptionsMonitor<DhanClientOptions>>().Get(BrokerAccountKey.DefaultName);
            return new DhanClientHost(provider, provider.GetRequiredService<IDhanClient>());
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }
}
