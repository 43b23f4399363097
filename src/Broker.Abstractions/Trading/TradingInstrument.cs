namespace Broker.Trading;

/// <summary>
/// Names an instrument for any broker: an exchange plus either the trading symbol (<c>RELIANCE</c>,
/// <c>NIFTY24DEC24000CE</c>) or the broker's own identifier (Dhan's security id, Groww's exchange token).
/// </summary>
/// <remarks>
/// <para>
/// A symbol works with every broker. Dhan orders and quotes need a security id, so a symbol given to the Dhan
/// implementation is resolved through the Dhan instrument catalogue (register it with
/// <c>services.AddDhanInstruments(...)</c>), or pass the security id yourself with <see cref="FromBrokerId"/>.
/// </para>
/// <para>
/// Records read back from a broker (orders, trades, positions) fill in whichever of the two the broker reported.
/// </para>
/// </remarks>
public sealed record TradingInstrument
{
    /// <summary>The exchange (and segment) the instrument trades on.</summary>
    public required TradingExchange Exchange { get; init; }

    /// <summary>The exchange trading symbol, such as <c>RELIANCE</c> or <c>NIFTY24DEC24000CE</c>; <see langword="null"/> when only the broker id is known.</summary>
    public string? Symbol { get; init; }

    /// <summary>The broker's own identifier (Dhan <c>securityId</c>, Groww <c>exchange_token</c>); <see langword="null"/> when only the symbol is known.</summary>
    public string? BrokerInstrumentId { get; init; }

    /// <summary>An instrument named by exchange and trading symbol.</summary>
    /// <param name="exchange">The exchange.</param>
    /// <param name="symbol">The trading symbol, such as <c>RELIANCE</c>.</param>
    /// <returns>The instrument reference.</returns>
    public static TradingInstrument FromSymbol(TradingExchange exchange, string symbol)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        return new TradingInstrument { Exchange = exchange, Symbol = symbol };
    }

    /// <summary>An instrument named by exchange and the broker's own identifier (Dhan security id, Groww exchange token).</summary>
    /// <param name="exchange">The exchange.</param>
    /// <param name="brokerInstrumentId">The broker's identifier, such as Dhan security id <c>2885</c>.</param>
    /// <returns>The instrument reference.</returns>
    public static TradingInstrument FromBrokerId(TradingExchange exchange, string brokerInstrumentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(brokerInstrumentId);
        return new TradingInstrument { Exchange = exchange, BrokerInstrumentId = brokerInstrumentId };
    }

    /// <summary>Shows the exchange and the symbol or id, such as <c>Nse:RELIANCE</c> or <c>Nse#2885</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        Symbol is not null ? $"{Exchange}:{Symbol}" : $"{Exchange}#{BrokerInstrumentId}";
}
