using System.Globalization;
using Broker.Dhan;
using Broker.Dhan.Orders;
using Broker.Errors;
using Broker.Redis;
using Broker.Redis.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Settings come from BRH_* environment variables; commands from stdin, one per line:
//   funds N        N fund-limit reads across the callers, then "done ok=… failed=… mints=…"
//   orders N       N order placements (correlation ids NAME-i), one "order REF OUTCOME TYPE" line each, then "done …"
//   advance S      move this process's clock S seconds forward, then "advanced"
//   exit
string Env(string name, string? fallback = null) => Environment.GetEnvironmentVariable("BRH_" + name) ?? fallback
    ?? throw new InvalidOperationException($"BRH_{name} is not set.");
int Int(string name, int fallback) => int.Parse(Env(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

var clock = new OffsetTimeProvider();
var name = Env("NAME", "p");
var callers = Int("CALLERS", 64);
var services = new ServiceCollection();
services.AddSingleton<TimeProvider>(clock);

// Warnings (Redis lost, a completion that did not reach Redis) go to stderr, which the tests show when they fail.
services.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("Broker.RateLimiting", LogLevel.Error)
    .Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
services.AddDhanClient(o =>
{
    o.Environment = new DhanEnvironment("Broker.Sandbox", new Uri(Env("API")), new Uri(Env("AUTH")));
    o.ClientId = Env("CLIENT");
    if (Environment.GetEnvironmentVariable("BRH_PIN") is { } pin)
    {
        o.AuthenticationMode = DhanAuthenticationMode.PinTotp;
        o.Pin = pin;
        o.TotpSecret = Env("TOTP");
    }
    else
    {
        o.AuthenticationMode = DhanAuthenticationMode.AccessToken;
        o.AccessToken = Env("TOKEN");
    }

    o.RateLimits.NonTrading = Env("NONTRADING", "20/s");
    o.RateLimits.Order = Env("ORDER", "10/s, 250/min, 1000/h, 7000/day");
    o.RateLimitSafetyMargin = TimeSpan.FromMilliseconds(Int("MARGIN_MS", 10));
    o.TokenRenewBeforeExpiry = TimeSpan.Zero;
}).UseRedis(r =>
{
    r.Configuration = Env("REDIS");
    r.KeyPrefix = Env("PREFIX", "broker:");
    r.ShareTokens = Env("SHARE_TOKENS", "0") == "1";
    r.TokenEncryptionKey = Environment.GetEnvironmentVariable("BRH_KEY");
    r.WhenRedisLost = Enum.Parse<RedisFailureMode>(Env("FAILURE", nameof(RedisFailureMode.FailClosed)));
    r.LocalFallbackShare = double.Parse(Env("FALLBACK_SHARE", "0.5"), CultureInfo.InvariantCulture);
    r.MintLockExpiry = TimeSpan.FromMilliseconds(Int("LOCK_EXPIRY_MS", 30_000));
    r.MintLockPollInterval = TimeSpan.FromMilliseconds(20);
});

await using var provider = services.BuildServiceProvider();
IDhanClient client;
try
{
    client = provider.GetRequiredService<IDhanClient>();
}
catch (RedisCoordinationException ex)
{
    Console.WriteLine($"startfailed {ex.GetType().Name}");
    return 2;
}

Console.WriteLine("ready");
while (Console.ReadLine() is { } line)
{
    var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    switch (parts.FirstOrDefault())
    {
        case "advance":
            clock.Advance(TimeSpan.FromSeconds(double.Parse(parts[1], CultureInfo.InvariantCulture)));
            Console.WriteLine("advanced");
            break;
        case "funds":
        {
            var (ok, failed) = await RunAsync(int.Parse(parts[1], CultureInfo.InvariantCulture), async _ =>
            {
                await client.Funds.GetFundLimitAsync();
                return null;
            });
            Console.WriteLine($"done ok={ok} failed={failed} mints={client.Tokens.MintCount}");
            break;
        }

        case "orders":
        {
            var (ok, failed) = await RunAsync(int.Parse(parts[1], CultureInfo.InvariantCulture), async i =>
            {
                var reference = $"{name}-{i.ToString(CultureInfo.InvariantCulture)}";
                try
                {
                    await client.Orders.PlaceOrderAsync(new DhanPlaceOrderRequest
                    {
                        SecurityId = "11536",
                        ExchangeSegment = DhanExchangeSegment.NseEquity,
                        TransactionType = DhanTransactionType.Buy,
                        Quantity = 1,
                        OrderType = DhanOrderType.Limit,
                        ProductType = DhanProductType.Intraday,
                        Price = 100m,
                        CorrelationId = reference,
                    });
                    return $"order {reference} placed -";
                }
                catch (BrokerRateLimitException ex) when (ex.IsClientSide)
                {
                    return $"order {reference} notsent {ex.GetType().Name}";
                }
                catch (OrderOutcomeUnknownException ex)
                {
                    return $"order {reference} unknown {ex.GetType().Name}";
                }
                catch (BrokerException ex)
                {
                    return $"order {reference} failed {ex.GetType().Name}";
                }
            });
            Console.WriteLine($"done ok={ok} failed={failed} mints={client.Tokens.MintCount}");
            break;
        }

        case "exit":
            return 0;
        default:
            Console.WriteLine($"unknown command {line}");
            break;
    }
}

return 0;

// Runs `total` operations over the callers; each operation's non-null result is printed on its own line.
async Task<(int Ok, int Failed)> RunAsync(int total, Func<int, Task<string?>> operation)
{
    var next = -1;
    var ok = 0;
    var failed = 0;
    var gate = new Lock();
    await Task.WhenAll(Enumerable.Range(0, callers).Select(async _ =>
    {
        await Task.Yield();
        int i;
        while ((i = Interlocked.Increment(ref next)) < total)
        {
            try
            {
                var result = await operation(i);
                Interlocked.Increment(ref ok);
                if (result is not null)
                {
                    lock (gate)
                    {
                        Console.WriteLine(result);
                    }
                }
            }
            catch (Exception ex)
            {
                Interlocked.Increment(ref failed);
                lock (gate)
                {
                    Console.WriteLine($"error {ex.GetType().Name}");
                }
            }
        }
    }));
    return (ok, failed);
}
