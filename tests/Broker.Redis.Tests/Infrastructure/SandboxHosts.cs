using Broker.Sandbox;

namespace Broker.Redis.Tests.Infrastructure;

/// <summary>Starts test-host processes on one sandbox account and one Redis, and reads their answers.</summary>
public static class SandboxHosts
{
    /// <summary>A fresh AES-256 key for shared tokens (base64).</summary>
    public static string NewKey() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    /// <summary>The settings every host needs: the sandbox's addresses, the demo account, Redis, and a key prefix of the test's own.</summary>
    public static Dictionary<string, string> Settings(BrokerSandbox sandbox, SandboxOptions options, RedisServer redis, string prefix)
    {
        var account = options.Dhan.Accounts[0];
        return new Dictionary<string, string>
        {
            ["API"] = sandbox.DhanApiBaseUri.ToString(),
            ["AUTH"] = sandbox.DhanAuthBaseUri.ToString(),
            ["CLIENT"] = account.ClientId,
            ["TOKEN"] = account.AccessToken!,
            ["REDIS"] = redis.Configuration,
            ["PREFIX"] = prefix,
        };
    }

    /// <summary>Settings for the PIN + TOTP flow with shared, encrypted tokens (the hosts mint their own tokens).</summary>
    public static Dictionary<string, string> MintingSettings(BrokerSandbox sandbox, SandboxOptions options, RedisServer redis, string prefix, string key)
    {
        var settings = Settings(sandbox, options, redis, prefix);
        var account = options.Dhan.Accounts[0];
        settings.Remove("TOKEN");
        settings["PIN"] = account.Pin!;
        settings["TOTP"] = account.TotpSecret!;
        settings["SHARE_TOKENS"] = "1";
        settings["KEY"] = key;
        settings["NONTRADING"] = "1000/s";
        return settings;
    }

    /// <summary>Starts <paramref name="count"/> hosts and waits until each says it is ready (its client resolved, Redis connected).</summary>
    public static async Task<List<TestHostProcess>> StartAsync(int count, Func<int, IReadOnlyDictionary<string, string>> settings)
    {
        var hosts = Enumerable.Range(0, count).Select(i => TestHostProcess.Start(settings(i))).ToList();
        try
        {
            await Task.WhenAll(hosts.Select(h => h.ReadUntilAsync("ready")));
        }
        catch
        {
            await DisposeAsync(hosts);
            throw;
        }

        return hosts;
    }

    /// <summary>Sends one command to every host at once and returns each host's output up to and including its "done" line.</summary>
    public static async Task<(List<string> Before, string Line)[]> RunAsync(IEnumerable<TestHostProcess> hosts, string command)
    {
        var list = hosts.ToList();
        await Task.WhenAll(list.Select(h => h.SendAsync(command)));
        return await Task.WhenAll(list.Select(h => h.ReadUntilAsync("done")));
    }

    /// <summary>The number after <c>name=</c> in a host's "done" line.</summary>
    public static int Field(string doneLine, string name)
    {
        var part = doneLine.Split(' ').Single(p => p.StartsWith(name + "=", StringComparison.Ordinal));
        return int.Parse(part.AsSpan(name.Length + 1), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task DisposeAsync(IEnumerable<TestHostProcess> hosts)
    {
        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }
    }
}
