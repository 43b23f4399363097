using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using BenchmarkDotNet.Attributes;
using Broker.Dhan;
using Broker.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.Benchmarks.RateLimiting;

/// <summary>
/// What sharing the limits through Redis costs per permit: the account's <see cref="BrokerRateLimiter"/> in process
/// against the same limiter with Broker.Redis's store (one Lua script per permit on a local redis-server, started
/// here on a free port without persistence). Limits so high nothing waits: the figures are the price of asking.
/// </summary>
[MemoryDiagnoser]
public class RedisAcquireBenchmarks
{
    private const int Callers = 64;
    private const int PerCaller = 50;
    private static readonly RateLimitCategory Orders = new("Order");
    private Process? _server;
    private ServiceProvider _local = null!;
    private ServiceProvider _shared = null!;
    private BrokerRateLimiter _inProcess = null!;
    private BrokerRateLimiter _viaRedis = null!;

    /// <summary>Starts redis-server and builds the two limiters of one Dhan account (no request is sent).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no", "--logfile", "" })
        {
            start.ArgumentList.Add(argument);
        }

        _server = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start (apt-get install -y redis-server).");
        WaitUntilListening(port);
        _local = Build(null);
        _shared = Build($"127.0.0.1:{port}");
        _inProcess = _local.GetRequiredKeyedService<BrokerRateLimiter>(DhanServiceKeys.For());
        _viaRedis = _shared.GetRequiredKeyedService<BrokerRateLimiter>(DhanServiceKeys.For());
    }

    /// <summary>Stops redis-server by its process id.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _local.Dispose();
        _shared.Dispose();
        _server?.Kill();
        _server?.WaitForExit();
        _server?.Dispose();
    }

    /// <summary>One permit, in process.</summary>
    /// <returns>The acquire.</returns>
    [Benchmark(Baseline = true, Description = "in process: AcquireAsync")]
    public ValueTask InProcess() => _inProcess.AcquireAsync(Orders);

    /// <summary>One permit through Redis.</summary>
    /// <returns>The acquire.</returns>
    [Benchmark(Description = "Redis: AcquireAsync")]
    public ValueTask ViaRedis() => _viaRedis.AcquireAsync(Orders);

    /// <summary>One leased permit through Redis and its completion (what each request pays).</summary>
    /// <returns>A task that completes when the lease is taken and handed back.</returns>
    [Benchmark(Description = "Redis: AcquireLeaseAsync + Dispose")]
    public async Task ViaRedisLease()
    {
        using var permit = await _viaRedis.AcquireLeaseAsync(Orders).ConfigureAwait(false);
    }

    /// <summary>64 callers of one process taking 50 permits each through Redis; per permit (throughput = 1 / mean).</summary>
    /// <returns>A task that completes when all are granted.</returns>
    [Benchmark(Description = "Redis: 64 callers x 50", OperationsPerInvoke = Callers * PerCaller)]
    public Task ViaRedisContended() => Task.WhenAll(Enumerable.Range(0, Callers).Select(async _ =>
    {
        for (var i = 0; i < PerCaller; i++)
        {
            await _viaRedis.AcquireAsync(Orders).ConfigureAwait(false);
        }
    }));

    /// <summary>The same 64 × 50 in process.</summary>
    /// <returns>A task that completes when all are granted.</returns>
    [Benchmark(Description = "in process: 64 callers x 50", OperationsPerInvoke = Callers * PerCaller)]
    public Task InProcessContended() => Task.WhenAll(Enumerable.Range(0, Callers).Select(async _ =>
    {
        for (var i = 0; i < PerCaller; i++)
        {
            await _inProcess.AcquireAsync(Orders).ConfigureAwait(false);
        }
    }));

    private static ServiceProvider Build(string? redis)
    {
        var services = new ServiceCollection();
        var builder = services.AddDhanClient(o =>
        {
            o.ClientId = "1000000001";
            o.AccessToken = "benchmark-token";

            // Two windows, high enough never to wait; short enough that Redis's log stays small.
            o.RateLimits.Order = "1000000000/s, 1000000000/10s";
        });
        if (redis is not null)
        {
            builder.UseRedis(redis);
        }

        return services.BuildServiceProvider();
    }

    private static void WaitUntilListening(int port)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (attempt < 250)
            {
                Thread.Sleep(20);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
