namespace Broker.Sandbox.Dhan;

/// <summary>A whitelisted address and when it was last set, on the server clock.</summary>
internal sealed record DhanWhitelistedIp(string Address, DateTimeOffset ModifiedAt);
