namespace Broker.Sandbox;

/// <summary>One broker's side of the sandbox: its accounts and how many tokens have been minted.</summary>
public sealed class SandboxBrokerState
{
    private readonly IReadOnlyList<SandboxAccountState> _accounts;

    internal SandboxBrokerState(string broker, IReadOnlyList<SandboxAccountState> accounts)
    {
        Broker = broker;
        _accounts = accounts;
    }

    /// <summary><c>Groww</c> or <c>Dhan</c>.</summary>
    public string Broker { get; }

    /// <summary>The accounts, in configuration order.</summary>
    public IReadOnlyList<SandboxAccountState> Accounts => _accounts;

    /// <summary>The first configured account (the demo account with default options).</summary>
    public SandboxAccountState DefaultAccount => _accounts.Count > 0
        ? _accounts[0]
        : throw new InvalidOperationException($"No {Broker} account is configured.");

    /// <summary>Tokens minted over all accounts.</summary>
    public int TokensMinted => _accounts.Sum(a => a.TokensMinted);

    /// <summary>An account by id (Groww UCC, Dhan client id).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The account's live view.</returns>
    public SandboxAccountState Account(string id) =>
        _accounts.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal))
        ?? throw new ArgumentException($"No {Broker} account '{id}' is configured.", nameof(id));
}
