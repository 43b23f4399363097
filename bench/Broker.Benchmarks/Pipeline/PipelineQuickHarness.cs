using System.Diagnostics;
using System.Globalization;

namespace Broker.Benchmarks.Pipeline;

/// <summary>
/// A quick, allocation-exact comparison of the in-memory read and create (SDK vs bare <see cref="HttpClient"/>): bytes
/// per call from <see cref="GC.GetAllocatedBytesForCurrentThread"/> (the in-memory calls complete on the calling
/// thread) and microseconds per call over many calls. For iterating on the pipeline; the published figures come from
/// <see cref="PipelineCpuBenchmarks"/> under BenchmarkDotNet.
/// </summary>
internal static class PipelineQuickHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var calls = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
        var bench = new PipelineCpuBenchmarks();
        bench.Setup();
        try
        {
            for (var round = 1; round <= 2; round++)
            {
                // The first round also brings every path to its optimised (tier-1) code; read the second.
                Console.WriteLine($"round {round}");
                await ReportAsync("read, bare", bench.BareOrderStatus, calls).ConfigureAwait(false);
                await ReportAsync("read, SDK", bench.SdkOrderStatus, calls).ConfigureAwait(false);
                await ReportAsync("create, bare", bench.BareOrderCreate, calls).ConfigureAwait(false);
                await ReportAsync("create, SDK", bench.SdkOrderCreate, calls).ConfigureAwait(false);
            }
        }
        finally
        {
            bench.Cleanup();
        }

        var handlers = new PipelineHandlerBenchmarks();
        handlers.Setup();
        try
        {
            await ReportAsync("h: none", () => Wrap(handlers.Bare()), calls).ConfigureAwait(false);
            await ReportAsync("h: client", () => Wrap(handlers.PlainClient()), calls).ConfigureAwait(false);
            await ReportAsync("h: resilience", () => Wrap(handlers.Resilience()), calls).ConfigureAwait(false);
            await ReportAsync("h: attempt", () => Wrap(handlers.AttemptTimeout()), calls).ConfigureAwait(false);
            await ReportAsync("h: ratelimit", () => Wrap(handlers.RateLimit()), calls).ConfigureAwait(false);
            await ReportAsync("h: auth", () => Wrap(handlers.AuthenticationWithoutReader()), calls).ConfigureAwait(false);
            await ReportAsync("h: chain", () => Wrap(handlers.Chain()), calls).ConfigureAwait(false);
        }
        finally
        {
            handlers.Cleanup();
        }

        return 0;
    }

    private static async Task<string?> Wrap(Task task)
    {
        await task.ConfigureAwait(false);
        return null;
    }

    private static async Task ReportAsync(string name, Func<Task<string?>> call, int calls)
    {
        for (var i = 0; i < calls / 10; i++)
        {
            await call().ConfigureAwait(false);
        }

        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            await call().ConfigureAwait(false);
        }

        watch.Stop();
        bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-16} {bytes / (double)calls,8:0} B/call {watch.Elapsed.TotalMicroseconds / calls,8:0.00} µs/call"));
    }
}
