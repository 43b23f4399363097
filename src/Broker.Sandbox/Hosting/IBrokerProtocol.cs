namespace Broker.Sandbox.Hosting;

/// <summary>How one family of endpoints spells its errors on the wire.</summary>
internal interface IBrokerProtocol
{
    string Broker { get; }

    /// <summary>The broker's answer to a request over its rate limit.</summary>
    SandboxResponse RateLimited();

    /// <summary>The broker's error body for an HTTP status (for injected <see cref="Fault.Status"/> faults).</summary>
    SandboxResponse ForStatus(int statusCode);

    /// <summary>The broker's validation error for a bad field.</summary>
    SandboxResponse InvalidField(string message);
}
