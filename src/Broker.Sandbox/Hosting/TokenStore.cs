namespace Broker.Sandbox.Hosting;

/// <summary>The access tokens one broker has issued, with their accounts and expiry. Callers hold the sandbox's lock.</summary>
internal sealed class TokenStore
{
    private readonly Dictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);
    private readonly List<string> _issueOrder = [];

    public void Add(string token, string accountId, DateTimeOffset expiresAt)
    {
        _tokens[token] = new IssuedToken(accountId, expiresAt);
        _issueOrder.Remove(token);
        _issueOrder.Add(token);
    }

    public IssuedToken? Find(string token) => _tokens.GetValueOrDefault(token);

    /// <summary>Marks every live token of an account superseded (Dhan: only one token is active at a time).</summary>
    public void SupersedeAll(string accountId)
    {
        foreach (var token in _tokens.Values.Where(t => t.AccountId == accountId))
        {
            token.Superseded = true;
        }
    }

    /// <summary>The most recently issued token of the account that is neither superseded nor expired.</summary>
    public string? ActiveToken(string accountId, DateTimeOffset now) =>
        _issueOrder.LastOrDefault(t => _tokens[t] is var issued && issued.AccountId == accountId && !issued.Superseded && issued.ExpiresAt > now);

    internal sealed class IssuedToken(string accountId, DateTimeOffset expiresAt)
    {
        public string AccountId { get; } = accountId;

        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        public bool Superseded { get; set; }
    }
}
