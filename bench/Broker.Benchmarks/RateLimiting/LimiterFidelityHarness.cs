using System.Diagnostics;
using System.Globalization;
using Broker.Benchmarks.Infrastructure;
using Broker.Errors;
using Broker.Groww;
using Broker.RateLimiting;
using Broker.Sandbox;

namespace Broker.Benchmarks.RateLimiting;

/// <summary>
/// Drives one rate-limit category (Groww Non Trading: 20/s and 500/min on both the client and the sandbox) with many
/// concurrent callers for a fixed time against the sandbox, then reads the server's own record: how many requests
/// arrived, whether any was refused with 429, the busiest 1-second and 1-minute windows, and the throughput achieved
/// against the most the two windows permit over the same span.
/// </summary>
/// <remarks>Usage: <c>limiter-fidelity [--seconds 70] [--callers 64]</c>. Exit code 1 when a target is missed.</remarks>
internal static class LimiterFidelityHarness
{
    private static readonly RateLimitWindow PerSecond = new(20, TimeSpan.FromSeconds(1));
    private static readonly RateLimitWindow PerMinute = new(500, TimeSpan.FromMinutes(1));

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = HarnessArguments.Int(args, "seconds", 70);
        var callers = HarnessArguments.Int(args, "callers", 64);
        await using var bench = await GrowwBench.StartAsync(
            sandbox =>
            {
                sandbox.Groww.RateLimits = GrowwSandboxOptions.CreateDefaultRateLimits();
                sandbox.Groww.RateLimits[GrowwRateCategories.NonTrading] = [PerSecond, PerMinute];
            },
            client =>
            {
                client.RateLimits.Orders = "10/s, 250/min";
                client.RateLimits.NonTrading = "20/s, 500/min";
            }).ConfigureAwait(false);

        var placed = await bench.Client.Orders.PlaceOrderAsync(new Broker.Groww.Orders.GrowwPlaceOrderRequest
        {
            TradingSymbol = "RELIANCE",
            Quantity = 1,
            Exchange = GrowwExchange.Nse,
            Segment = GrowwSegment.Cash,
            Product = GrowwProduct.Cnc,
            OrderType = GrowwOrderType.Market,
            TransactionType = GrowwTransactionType.Buy,
        }).ConfigureAwait(false);
        var orderId = placed.GrowwOrderId!;
        bench.Sandbox.Requests.Clear();

        Console.WriteLine($"Limiter fidelity: Groww NonTrading {PerSecond} and {PerMinute}, {callers} callers, {seconds} s, Environment.ProcessorCount={Environment.ProcessorCount}");
        var succeeded = 0;
        var throttled = 0;
        var failed = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await bench.Client.Orders.GetOrderStatusAsync(orderId, GrowwSegment.Cash, stop.Token).ConfigureAwait(false);
                    Interlocked.Increment(ref succeeded);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
                catch (BrokerRateLimitException ex) when (!ex.IsClientSide)
                {
                    Interlocked.Increment(ref throttled);
                }
                catch (BrokerException ex)
                {
                    Interlocked.Increment(ref failed);
                    Console.WriteLine($"  error: {ex.GetType().Name}: {ex.Message}");
                }
            }
        })).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        var elapsed = clock.Elapsed;

        var log = bench.Sandbox.Requests.ForCategory(SandboxBrokers.Groww, GrowwRateCategories.NonTrading);
        var arrived = log.Count;
        var refused = log.Count(r => r.RateLimited || r.StatusCode == 429);
        var maxSecond = bench.Sandbox.Requests.MaxInAnyWindow(SandboxBrokers.Groww, GrowwRateCategories.NonTrading, PerSecond.Window);
        var maxMinute = bench.Sandbox.Requests.MaxInAnyWindow(SandboxBrokers.Groww, GrowwRateCategories.NonTrading, PerMinute.Window);
        var span = arrived > 0 ? log[^1].Elapsed - log[0].Elapsed : TimeSpan.Zero;
        var permitted = MostPermitted([PerSecond, PerMinute], TimeSpan.FromSeconds(seconds));
        var ratio = (double)arrived / permitted;

        Console.WriteLine(Invariant($"  run time                 {elapsed.TotalSeconds:0.00} s (first to last arrival {span.TotalSeconds:0.00} s)"));
        Console.WriteLine(Invariant($"  requests at the server   {arrived} ({succeeded} succeeded at the client, {throttled} got 429, {failed} other errors)"));
        Console.WriteLine(Invariant($"  429s recorded            {refused}"));
        Console.WriteLine(Invariant($"  busiest 1 s window       {maxSecond} / {PerSecond.PermitLimit}"));
        Console.WriteLine(Invariant($"  busiest 1 min window     {maxMinute} / {PerMinute.PermitLimit}"));
        Console.WriteLine(Invariant($"  most the limits permit   {permitted} in {seconds} s (greedy schedule from empty windows)"));
        Console.WriteLine(Invariant($"  achieved                 {arrived / (double)seconds:0.000}/s = {ratio:P2} of the permitted {permitted / (double)seconds:0.000}/s"));
        var ok = refused == 0 && throttled == 0 && failed == 0 && maxSecond <= PerSecond.PermitLimit && maxMinute <= PerMinute.PermitLimit && ratio >= 0.98;
        Console.WriteLine(ok ? "  RESULT: all targets met" : "  RESULT: a target was missed");
        return ok ? 0 : 1;
    }

    /// <summary>
    /// The most requests a perfect client could send in <paramref name="duration"/> from empty windows: each request at
    /// the earliest instant every window allows (a greedy schedule, which is optimal for sliding-window limits).
    /// </summary>
    internal static int MostPermitted(IReadOnlyList<RateLimitWindow> windows, TimeSpan duration)
    {
        var grants = new List<long>();
        var t = 0L;
        while (true)
        {
            var next = t;
            foreach (var window in windows)
            {
                if (grants.Count >= window.PermitLimit)
                {
                    next = Math.Max(next, grants[^window.PermitLimit] + window.Window.Ticks);
                }
            }

            if (next >= duration.Ticks)
            {
                return grants.Count;
            }

            grants.Add(next);
            t = next;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
