using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace Broker.Redis;

/// <summary>
/// The keys of one broker account: <c>{prefix}{broker}:{{hash}}:…</c>, the hash (SHA-256 of the broker, its API
/// address and the account's identity) standing for the account so that no key shows a client id or API key. The
/// braces make it a hash tag, so every key of an account lives on one Redis Cluster slot (the scripts need that).
/// </summary>
internal sealed class RedisAccountKeys
{
    public RedisAccountKeys(string prefix, string broker, string apiAddress, string accountId)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"{broker}\n{apiAddress}\n{accountId}"));
        Root = $"{prefix}{broker.ToLowerInvariant()}:{{{Convert.ToHexStringLower(digest.AsSpan(0, 16))}}}:";
    }

    public string Root { get; }

    public RedisKey Token => Root + "token";

    public RedisKey MintLock => Root + "mint:lock";

    public RedisKey MintFence => Root + "mint:fence";

    public RedisKey Log(string category) => $"{Root}rl:{category.ToLowerInvariant()}:log";

    public RedisKey InFlight(string category) => $"{Root}rl:{category.ToLowerInvariant()}:inflight";

    public RedisKey Control(string category) => $"{Root}rl:{category.ToLowerInvariant()}:ctl";
}
