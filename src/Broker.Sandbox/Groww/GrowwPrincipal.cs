using Broker.Sandbox.Engine;

namespace Broker.Sandbox.Groww;

/// <summary>A Groww caller: the configured account and its book.</summary>
internal sealed record GrowwPrincipal(GrowwSandboxAccount Account, SimAccount Book)
{
    public int TokensMinted { get; set; }

    /// <summary>The TOTP codes already used to mint, with when (for <see cref="GrowwSandboxOptions.RefuseReusedTotpCodes"/>).</summary>
    public Dictionary<string, DateTimeOffset> UsedTotpCodes { get; } = new(StringComparer.Ordinal);
}
