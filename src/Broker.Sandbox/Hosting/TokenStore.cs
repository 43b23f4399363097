using System.Security.Cryptography;

namespace Broker.Sandbox.Hosting;

/// <summary>The access tokens one broker has issued, with their accounts and expiry. Callers hold the sandbox's lock.</summary>
internal sealed class TokenStore
{
    private readonly Dictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);

    public void Add(string token, string accountId, DateTimeOffset expiresAt) =>
        _tokens[token] = new IssuedToken(accountId, expiresAt);

    public IssuedToken? Find(string token) => _tokens.GetValueOrDefault(token);

    /// <summary>Marks every live token of an account superseded (Dhan: only one token is active at a time).</summary>
    public void SupersedeAll(string accountId)
    {
        foreach (var token in _tokens.Values.Where(t => t.AccountId == accountId))
        {
            token.Superseded = true;
        }
    }

    public string? ActiveToken(string accountId, DateTimeOffset now) =>
        _tokens.LastOrDefault(t => t.Value.AccountId == accountId && !t.Value.Superseded && t.Value.ExpiresAt > now).Key;

    public static string NewOpaque(int bytes = 24) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));

    internal sealed class IssuedToken(string accountId, DateTimeOffset expiresAt)
    {
        public string AccountId { get; } = accountId;

        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        public bool Superseded { get; set; }
    }
}
