using Broker.Sandbox;

namespace Broker.IntegrationTests.Faults;

/// <summary>Starts a <see cref="IFaultTarget"/> for a broker; the theory data that runs each row against both.</summary>
internal static class FaultTargets
{
    /// <summary>A valid base32 TOTP secret that no sandbox account has.</summary>
    public const string UnknownTotpSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    public static TheoryData<string> Brokers => new(SandboxBrokers.Groww, SandboxBrokers.Dhan);

    public static Task<IFaultTarget> StartAsync(string broker, FaultTargetSettings? settings = null)
    {
        settings ??= new FaultTargetSettings();
        return broker == SandboxBrokers.Groww ? GrowwFaultTarget.StartAsync(settings) : DhanFaultTarget.StartAsync(settings);
    }
}
