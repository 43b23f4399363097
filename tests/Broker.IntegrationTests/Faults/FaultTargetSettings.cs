using Broker.DependencyInjection;
using Broker.Sandbox;

namespace Broker.IntegrationTests.Faults;

/// <summary>How to set up a broker client and its sandbox for a fault test; the same settings mean the same thing for both brokers.</summary>
internal sealed record FaultTargetSettings
{
    /// <summary>Options every broker client shares (timeouts, retries, rate-limit behaviour).</summary>
    public Action<BrokerClientOptions>? Client { get; init; }

    /// <summary>The sandbox's options.</summary>
    public Action<SandboxOptions>? Sandbox { get; init; }

    /// <summary>Configure a TOTP secret the server does not know, so every mint is refused.</summary>
    public bool WrongTotpSecret { get; init; }

    /// <summary>
    /// The authentication flow: a <c>GrowwAuthenticationMode</c> or <c>DhanSandboxLogin</c> name; null for the
    /// unattended TOTP flow of each broker.
    /// </summary>
    public string? Flow { get; init; }

    /// <summary>The client's per-second limit for the read category (positions); null keeps the default.</summary>
    public int? ReadLimitPerSecond { get; init; }
}
