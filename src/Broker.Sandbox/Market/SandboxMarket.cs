using Broker.Sandbox.Engine;

namespace Broker.Sandbox;

/// <summary>
/// The simulated market: every instrument's last price, moved only when a test says so, either to a given price
/// (<see cref="SetPrice"/>) or by a seeded random walk (<see cref="Step"/>). Each move fills the resting orders whose
/// price it crosses and triggers the stop-loss orders it reaches, for every account of both brokers. The effects of one
/// move happen in a fixed order: fills, then the conditional orders that place orders (Groww GTT/OCO, Dhan forever,
/// super-order legs, conditional triggers), then Dhan's P&amp;L exit, then the feeds, so that they show the state after the fills.
/// </summary>
public sealed class SandboxMarket
{
    private readonly Lock _gate;
    private readonly Random _random;
    private readonly decimal _volatility;
    private readonly List<InstrumentState> _instruments;
    private readonly TickDispatcher _ticks;

    internal SandboxMarket(Lock gate, IEnumerable<SandboxInstrument> instruments, int seed, decimal volatility, TickDispatcher ticks)
    {
        _gate = gate;
        _ticks = ticks;
#pragma warning disable CA5394 // A seeded, repeatable walk is the point; this is no security use.
        _random = new Random(seed);
#pragma warning restore CA5394
        _volatility = volatility;
        _instruments = [.. instruments.Select(i => new InstrumentState(i))];
    }

    /// <summary>The instruments, as configured.</summary>
    public IReadOnlyList<SandboxInstrument> Instruments => [.. _instruments.Select(i => i.Definition)];

    /// <summary>The last traded price of an instrument.</summary>
    /// <param name="tradingSymbol">Its trading symbol (e.g. <c>RELIANCE</c>) or Dhan security id (e.g. <c>2885</c>).</param>
    /// <returns>The price, in rupees.</returns>
    public decimal GetPrice(string tradingSymbol)
    {
        lock (_gate)
        {
            return Require(tradingSymbol).LastPrice;
        }
    }

    /// <summary>Sets an instrument's last traded price, then fills and triggers the orders it crosses.</summary>
    /// <param name="tradingSymbol">Its trading symbol (e.g. <c>RELIANCE</c>) or Dhan security id (e.g. <c>2885</c>).</param>
    /// <param name="price">The new price; positive.</param>
    public void SetPrice(string tradingSymbol, decimal price)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(price);
        lock (_gate)
        {
            var instrument = Require(tradingSymbol);
            instrument.SetPrice(price);
            _ticks.Dispatch(instrument);
        }
    }

    /// <summary>
    /// Moves every instrument by <paramref name="steps"/> steps of the seeded random walk (each step a normal move of
    /// <see cref="SandboxOptions.PriceWalkVolatility"/>, rounded to the tick), filling orders after each step. The
    /// same seed and the same calls give the same prices.
    /// </summary>
    /// <param name="steps">How many steps; at least 1.</param>
    public void Step(int steps = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        lock (_gate)
        {
            for (var s = 0; s < steps; s++)
            {
                foreach (var instrument in _instruments)
                {
                    var move = (decimal)NextGaussian() * _volatility;
                    var next = instrument.RoundToTick(instrument.LastPrice * (1m + move));
                    instrument.SetPrice(Math.Max(next, instrument.Definition.TickSize));
                    _ticks.Dispatch(instrument);
                }
            }
        }
    }

    internal IReadOnlyList<InstrumentState> States => _instruments;

    internal InstrumentState? FindGroww(string exchange, string segment, string tradingSymbol) =>
        _instruments.FirstOrDefault(i =>
            string.Equals(i.Definition.Exchange, exchange, StringComparison.Ordinal)
            && string.Equals(i.Definition.GrowwSegment, segment, StringComparison.Ordinal)
            && string.Equals(i.TradingSymbol, tradingSymbol, StringComparison.Ordinal));

    internal InstrumentState? FindGrowwBySymbol(string tradingSymbol, string? segment) =>
        _instruments.FirstOrDefault(i => string.Equals(i.TradingSymbol, tradingSymbol, StringComparison.Ordinal)
            && (segment is null || string.Equals(i.Definition.GrowwSegment, segment, StringComparison.Ordinal)));

    internal InstrumentState? FindDhan(string exchangeSegment, string securityId) =>
        _instruments.FirstOrDefault(i =>
            string.Equals(i.Definition.DhanExchangeSegment, exchangeSegment, StringComparison.Ordinal)
            && string.Equals(i.Definition.DhanSecurityId, securityId, StringComparison.Ordinal));

    internal InstrumentState? Find(string symbolOrId) =>
        _instruments.FirstOrDefault(i => string.Equals(i.TradingSymbol, symbolOrId, StringComparison.OrdinalIgnoreCase))
        ?? _instruments.FirstOrDefault(i => string.Equals(i.Definition.DhanSecurityId, symbolOrId, StringComparison.Ordinal));

    private InstrumentState Require(string symbolOrId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbolOrId);
        return Find(symbolOrId) ?? throw new ArgumentException($"No sandbox instrument '{symbolOrId}'.", nameof(symbolOrId));
    }

    private double NextGaussian()
    {
#pragma warning disable CA5394 // Seeded walk, not security.
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
#pragma warning restore CA5394
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
