using System.Collections;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Memory;

namespace Broker.Samples.Webhook.Configuration;

/// <summary>
/// Accepts the environment variable names of the widely copied Python webhook service (<c>WEBHOOK_SECRET</c>,
/// <c>ENABLE_DHAN</c>, <c>DHAN_CLIENT_ID</c>, ...) as aliases of this service's settings. They rank just below the
/// standard .NET variables (<c>Webhook__Secret</c>), so either style works and the .NET name wins when both are set.
/// </summary>
internal static class SeedEnvironmentAliases
{
    /// <summary>Seed name → configuration key (values copied as they are).</summary>
    private static readonly (string Variable, string Key)[] Direct =
    [
        ("WEBHOOK_SECRET", "Webhook:Secret"),
        ("ENABLE_DHAN", "Webhook:LiveTrading"),
        ("AUTO_HEALTH_CHECK", "Webhook:TokenCheck:Enabled"),
        ("CSV_LOG_PATH", "Webhook:OrderLog:Path"),
        ("DHAN_CLIENT_ID", "Dhan:ClientId"),
        ("DHAN_ACCESS_TOKEN", "Dhan:AccessToken"),
        ("DHAN_PIN", "Dhan:Pin"),
        ("DHAN_TOTP_SECRET", "Dhan:TotpSecret"),
        ("GROWW_ACCESS_TOKEN", "Groww:Credentials:AccessToken"),
        ("GROWW_API_KEY", "Groww:Credentials:ApiKey"),
        ("GROWW_API_SECRET", "Groww:Credentials:ApiSecret"),
        ("GROWW_TOTP_TOKEN", "Groww:Credentials:TotpToken"),
        ("GROWW_TOTP_SECRET", "Groww:Credentials:TotpSecret"),
    ];

    /// <summary>Maps the seed variables present in <paramref name="environment"/> to configuration keys.</summary>
    /// <param name="environment">The environment variables (name → value).</param>
    /// <returns>The configuration entries; empty when no seed variable is set.</returns>
    public static Dictionary<string, string?> Map(IDictionary environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var result = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (variable, key) in Direct)
        {
            if (environment[variable] is string value && value.Length > 0)
            {
                result[key] = value;
            }
        }

        // The seed gives the interval in seconds; the setting is a TimeSpan. A value that is not a whole number is
        // passed on unchanged so that start-up fails with the setting's own message.
        if (environment["HEALTH_CHECK_INTERVAL"] is string interval && interval.Length > 0)
        {
            result["Webhook:TokenCheck:Interval"] = long.TryParse(interval, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= int.MaxValue
                ? TimeSpan.FromSeconds(seconds).ToString("c", CultureInfo.InvariantCulture)
                : interval;
        }

        // PORT (Cloud Run and most hosts): listen on every interface on that port.
        if (environment["PORT"] is string port && port.Length > 0)
        {
            result["HTTP_PORTS"] = port;
        }

        return result;
    }

    /// <summary>
    /// Adds the aliases to <paramref name="configuration"/> just below its environment-variable source (or on top
    /// when it has none).
    /// </summary>
    /// <param name="configuration">The application's configuration.</param>
    /// <param name="environment">The environment variables.</param>
    public static void AddTo(IConfigurationBuilder configuration, IDictionary environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var entries = Map(environment);
        if (entries.Count == 0)
        {
            return;
        }

        var source = new MemoryConfigurationSource { InitialData = entries };
        var sources = configuration.Sources;
        var index = -1;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is EnvironmentVariablesConfigurationSource { Prefix: null or "" })
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            sources.Add(source);
        }
        else
        {
            sources.Insert(index, source);
        }
    }
}
