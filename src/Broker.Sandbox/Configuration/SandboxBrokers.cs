namespace Broker.Sandbox;

/// <summary>The broker names used in <see cref="SandboxRequest.Broker"/>.</summary>
public static class SandboxBrokers
{
    /// <summary>Groww Trading API v1.</summary>
    public const string Groww = "Groww";

    /// <summary>DhanHQ API v2 and the Dhan auth host.</summary>
    public const string Dhan = "Dhan";
}
