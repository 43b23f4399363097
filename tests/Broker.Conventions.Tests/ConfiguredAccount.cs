using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.Conventions.Tests;

/// <summary>An account named <c>cfg</c> registered from a configuration section with one key set, for configuration conventions.</summary>
internal static class ConfiguredAccount
{
    /// <summary>Registers the broker's <c>cfg</c> account from a section holding <paramref name="key"/> and working credentials.</summary>
    public static ServiceProvider With(string broker, string key, string value)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"{broker}:{key}"] = value,
            ["Groww:Credentials:AccessToken"] = "groww-convention-token",
            ["Dhan:ClientId"] = "1000000001",
            ["Dhan:AccessToken"] = "dhan-convention-token",
        };
        var section = new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(broker);
        var services = new ServiceCollection();
        if (broker == "Groww")
        {
            services.AddGrowwClient("cfg", section);
        }
        else
        {
            services.AddDhanClient("cfg", section);
        }

        return services.BuildServiceProvider();
    }
}
