using System.Diagnostics;
using System.Globalization;
using Broker.Authentication;
using Broker.Benchmarks.Infrastructure;
using Broker.Groww;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.Benchmarks.Authentication;

/// <summary>
/// 1,000 concurrent calls while the access token is expired: how many tokens the sandbox mints (must be 1) and how
/// much the renewal adds to the calls' latency, against the same burst with a valid token. Two ways a token expires:
/// on the client's clock (the token manager sees the expiry and renews before sending) and at the server only (every
/// call is answered 401, the authentication handler renews once for all and resends).
/// </summary>
/// <remarks>Usage: <c>token-single-flight [--calls 1000] [--rounds 5]</c>. Exit code 1 when a round minted more than once.</remarks>
internal static class TokenSingleFlightHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var calls = HarnessArguments.Int(args, "calls", 1000);
        var rounds = HarnessArguments.Int(args, "rounds", 5);
        await using var bench = await GrowwBench.StartAsync(clientClock: sandbox => sandbox.Clock).ConfigureAwait(false);
        var tokens = bench.Services.GetRequiredKeyedService<TokenManager>(GrowwBench.Key);
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
        Func<Task> call = () => bench.Client.Orders.GetOrderStatusAsync(orderId, GrowwSegment.Cash);

        Console.WriteLine($"Token single-flight: {calls} concurrent order-status calls, {rounds} rounds per case, Environment.ProcessorCount={Environment.ProcessorCount}");

        // Open the connections and JIT every path once.
        await BurstAsync(call, calls).ConfigureAwait(false);
        var ok = true;
        var valid = new List<Burst>();
        var clientExpired = new List<Burst>();
        var serverExpired = new List<Burst>();
        for (var round = 0; round < rounds; round++)
        {
            valid.Add(await BurstAsync(call, calls).ConfigureAwait(false));

            // Expired on the client's clock: a day later every token is past Groww's 06:00 expiry.
            var before = bench.Sandbox.Groww.TokensMinted;
            var clientMintsBefore = tokens.MintCount;
            bench.Sandbox.Clock.Advance(TimeSpan.FromDays(1));
            var burst = await BurstAsync(call, calls).ConfigureAwait(false);
            burst = burst with { Mints = bench.Sandbox.Groww.TokensMinted - before, ClientMints = tokens.MintCount - clientMintsBefore };
            clientExpired.Add(burst);
            ok &= burst.Mints == 1 && burst.Failures == 0;

            // Expired at the server only: the client still believes in its token and learns from 401s.
            before = bench.Sandbox.Groww.TokensMinted;
            clientMintsBefore = tokens.MintCount;
            bench.Sandbox.Groww.DefaultAccount.RevokeAccessTokens();
            burst = await BurstAsync(call, calls).ConfigureAwait(false);
            burst = burst with { Mints = bench.Sandbox.Groww.TokensMinted - before, ClientMints = tokens.MintCount - clientMintsBefore };
            serverExpired.Add(burst);
            ok &= burst.Mints == 1 && burst.Failures == 0;
        }

        Report("valid token (baseline)", valid, null);
        Report("token expired on the client clock", clientExpired, valid);
        Report("token revoked at the server (401 then renew)", serverExpired, valid);
        Console.WriteLine(ok ? "  RESULT: exactly one mint per expiry, no failed call" : "  RESULT: a round minted more than once or a call failed");
        return ok ? 0 : 1;
    }

    private static async Task<Burst> BurstAsync(Func<Task> call, int calls)
    {
        var latencies = new double[calls];
        var failures = 0;
        var total = Stopwatch.StartNew();
        var tasks = new Task[calls];
        for (var i = 0; i < calls; i++)
        {
            var index = i;
            tasks[i] = Task.Run(async () =>
            {
                var began = Stopwatch.GetTimestamp();
                try
                {
                    await call().ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is Errors.BrokerException or HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }

                latencies[index] = Stopwatch.GetElapsedTime(began).TotalMilliseconds;
            });
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);
        Array.Sort(latencies);
        return new Burst(total.Elapsed.TotalMilliseconds, Percentile(latencies, 0.5), Percentile(latencies, 0.99), latencies[^1], failures, 0, 0);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static void Report(string what, List<Burst> bursts, List<Burst>? baseline)
    {
        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }

        var wall = Median(bursts.Select(b => b.WallMs));
        var p50 = Median(bursts.Select(b => b.P50Ms));
        var p99 = Median(bursts.Select(b => b.P99Ms));
        var max = Median(bursts.Select(b => b.MaxMs));
        var line = string.Create(CultureInfo.InvariantCulture, $"  {what,-46} burst {wall,8:0.0} ms  call p50 {p50,7:0.0} ms  p99 {p99,7:0.0} ms  max {max,7:0.0} ms");
        if (baseline is not null)
        {
            var addedWall = wall - Median(baseline.Select(b => b.WallMs));
            var addedP50 = p50 - Median(baseline.Select(b => b.P50Ms));
            var addedMax = max - Median(baseline.Select(b => b.MaxMs));
            line += string.Create(CultureInfo.InvariantCulture, $"  added: burst {addedWall:+0.0;-0.0} ms, p50 {addedP50:+0.0;-0.0} ms, max {addedMax:+0.0;-0.0} ms; server mints per round [{string.Join(", ", bursts.Select(b => b.Mints))}], client mints [{string.Join(", ", bursts.Select(b => b.ClientMints))}], failed calls {bursts.Sum(b => b.Failures)}");
        }
        else
        {
            line += string.Create(CultureInfo.InvariantCulture, $"  failed calls {bursts.Sum(b => b.Failures)}");
        }

        Console.WriteLine(line);
    }

    private sealed record Burst(double WallMs, double P50Ms, double P99Ms, double MaxMs, int Failures, int Mints, int ClientMints);
}
