using Broker.Sandbox;

namespace Broker.Benchmarks.Infrastructure;

/// <summary>
/// <c>sandbox-server</c>: runs a sandbox with generous limits in this process and prints
/// <c>READY {base address} {Groww access token}</c>, then serves until standard input closes. The pipeline benchmark
/// starts it as a child process so that the server's allocations and JIT stay out of the client's measurements.
/// </summary>
internal static class SandboxServerHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = GrowwBench.CreateSandboxOptions();
        await using var sandbox = await BrokerSandbox.StartAsync(options).ConfigureAwait(false);
        Console.WriteLine($"READY {sandbox.BaseAddress} {sandbox.Groww.DefaultAccount.ActiveAccessToken}");
        await Console.In.ReadToEndAsync().ConfigureAwait(false);
        return 0;
    }
}
