namespace Broker.Benchmarks;

/// <summary>The plain console harnesses (not BenchmarkDotNet), selected by the first command-line argument.</summary>
public static class Harnesses
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Registry = new(StringComparer.OrdinalIgnoreCase)
    {
        ["limiter-fidelity"] = RateLimiting.LimiterFidelityHarness.RunAsync,
        ["token-single-flight"] = Authentication.TokenSingleFlightHarness.RunAsync,
        ["sandbox-server"] = Infrastructure.SandboxServerHarness.RunAsync,
        ["pipeline-quick"] = Pipeline.PipelineQuickHarness.RunAsync,
    };

    /// <summary>The harness names.</summary>
    public static IEnumerable<string> Names => Registry.Keys.Order(StringComparer.Ordinal);

    /// <summary>Registers a harness (used by harness classes in this assembly, including Feeds/).</summary>
    /// <param name="name">The command-line name.</param>
    /// <param name="run">The harness body, given the remaining arguments; returns the exit code.</param>
    public static void Register(string name, Func<string[], Task<int>> run) => Registry[name] = run;

    /// <summary>Finds a harness by name.</summary>
    /// <param name="name">The command-line name.</param>
    /// <param name="run">The harness, when found.</param>
    /// <returns>True when a harness of that name exists.</returns>
    public static bool TryGet(string name, out Func<string[], Task<int>> run) => Registry.TryGetValue(name, out run!);
}
