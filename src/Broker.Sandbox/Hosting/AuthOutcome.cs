namespace Broker.Sandbox.Hosting;

/// <summary>Who a request is from (the account id and the broker's principal), or the error refusing it.</summary>
internal sealed record AuthOutcome(string? AccountId, object? Principal, SandboxResponse? Error, string? Reason = null)
{
    public static AuthOutcome Anonymous { get; } = new(null, null, null);

    public static AuthOutcome Accept(string accountId, object principal) => new(accountId, principal, null);

    public static AuthOutcome Refuse(SandboxResponse error, string reason) => new(null, null, error, reason);
}
