using BenchmarkDotNet.Running;

namespace Broker.Benchmarks;

/// <summary>
/// Entry point. With no harness name the arguments go to BenchmarkDotNet
/// (for example <c>--filter *Pipeline* --job short</c>); a first argument naming a harness
/// (<c>limiter-fidelity</c>, <c>token-single-flight</c>) runs that plain console harness instead.
/// </summary>
public static class Program
{
    /// <summary>Runs a harness or BenchmarkDotNet.</summary>
    /// <param name="args">Harness name and its options, or BenchmarkDotNet arguments.</param>
    /// <returns>The process exit code.</returns>
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && Harnesses.TryGet(args[0], out var harness))
        {
            return await harness(args[1..]).ConfigureAwait(false);
        }

        if (args.Length > 0 && args[0] is "--list-harnesses" or "harnesses")
        {
            foreach (var name in Harnesses.Names)
            {
                Console.WriteLine(name);
            }

            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
