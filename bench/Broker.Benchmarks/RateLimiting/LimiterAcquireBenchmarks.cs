using BenchmarkDotNet.Attributes;
using Broker.RateLimiting;

namespace Broker.Benchmarks.RateLimiting;

/// <summary>
/// The limiter's own cost per permit, with a limit so high it never waits: one caller, and 64 callers acquiring at
/// once (contention on the category's lock). The 64-way figure is per acquire (the batch is divided by 64).
/// </summary>
[MemoryDiagnoser]
public class LimiterAcquireBenchmarks
{
    private const int Callers = 64;
    private const int PerCaller = 1_000;
    private static readonly RateLimitCategory Category = new("Orders");
    private BrokerRateLimiter _limiter = null!;

    /// <summary>Creates a limiter with the Dhan order windows scaled up a million-fold (four windows, as in production).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var options = new RateLimiterOptions();
        options.SetCategory(
            Category,
            new RateLimitWindow(10_000_000, TimeSpan.FromSeconds(1)),
            new RateLimitWindow(250_000_000, TimeSpan.FromMinutes(1)),
            new RateLimitWindow(1_000_000_000, TimeSpan.FromHours(1)),
            new RateLimitWindow(2_000_000_000, TimeSpan.FromDays(1)));
        _limiter = new BrokerRateLimiter(options);
    }

    /// <summary>Disposes the limiter.</summary>
    [GlobalCleanup]
    public void Cleanup() => _limiter.Dispose();

    /// <summary>One uncontended acquire.</summary>
    /// <returns>The completed acquire.</returns>
    [Benchmark(Description = "AcquireAsync, uncontended")]
    public ValueTask AcquireUncontended() => _limiter.AcquireAsync(Category);

    /// <summary>64 threads acquiring 1,000 permits each; divide by 64,000 for the cost per acquire.</summary>
    [Benchmark(Description = "AcquireAsync, 64 threads x 1000", OperationsPerInvoke = Callers * PerCaller)]
    public void AcquireContended64()
    {
        Parallel.For(0, Callers, new ParallelOptions { MaxDegreeOfParallelism = Callers }, _ =>
        {
            for (var i = 0; i < PerCaller; i++)
            {
                var pending = _limiter.AcquireAsync(Category);
                if (!pending.IsCompletedSuccessfully)
                {
                    pending.AsTask().GetAwaiter().GetResult();
                }
            }
        });
    }
}
