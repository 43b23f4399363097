using Broker.Sandbox.Engine;
using Microsoft.Extensions.Logging;

namespace Broker.Sandbox.Hosting;

/// <summary>The shared state every endpoint works on, behind one lock.</summary>
internal sealed class SandboxContext
{
    public SandboxContext(SandboxOptions options, ILogger logger)
    {
        Options = options;
        Logger = logger;
        Clock = new SandboxClock(options.TimeProvider);
        Market = new SandboxMarket(Gate, options.Instruments, options.PriceWalkSeed, options.PriceWalkVolatility, Ticks);
        Engine = new TradingEngine(Clock, options.IntradayMarginRate, options.MaxFillQuantity, Ticks);
        RateLimiter = new SandboxRateLimiter(new Dictionary<string, IDictionary<string, IList<Broker.RateLimiting.RateLimitWindow>>>
        {
            [SandboxBrokers.Groww] = options.Groww.RateLimits,
            [SandboxBrokers.Dhan] = options.Dhan.RateLimits,
        });
        StartTimestamp = options.RateLimitTimeProvider.GetTimestamp();
        Requests = new SandboxRequestLog(options.MaxRecordedRequests);
    }

    public Lock Gate { get; } = new();

    /// <summary>Where every price move's effects are ordered; each component registers its <see cref="TickStage"/> here.</summary>
    public TickDispatcher Ticks { get; } = new();

    public SandboxOptions Options { get; }

    public ILogger Logger { get; }

    public SandboxClock Clock { get; }

    public SandboxMarket Market { get; }

    public TradingEngine Engine { get; }

    public SandboxRateLimiter RateLimiter { get; }

    public SandboxFaults Faults { get; } = new();

    public SandboxRequestLog Requests { get; }

    public long StartTimestamp { get; }

    public TimeSpan Elapsed() => Options.RateLimitTimeProvider.GetElapsedTime(StartTimestamp);
}
