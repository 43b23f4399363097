namespace Broker.Groww.LiveData;

/// <summary>
/// Groww live market data over REST: quote, LTP, OHLC, option chain and greeks. Instruments of LTP and OHLC are
/// written <c>{EXCHANGE}_{TRADING_SYMBOL}</c>, such as <c>NSE_RELIANCE</c> or <c>NSE_NIFTY25APR24100PE</c>.
/// </summary>
public interface IGrowwLiveDataClient
{
    /// <summary>Reads a full quote (<c>GET /v1/live-data/quote</c>).</summary>
    /// <param name="exchange">The exchange.</param>
    /// <param name="segment">FNO for derivatives, CASH for stocks and indices, COMMODITY for commodity contracts.</param>
    /// <param name="tradingSymbol">The trading symbol, such as <c>NIFTY</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The quote.</returns>
    Task<GrowwQuote> GetQuoteAsync(GrowwExchange exchange, GrowwSegment segment, string tradingSymbol, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads last traded prices (<c>GET /v1/live-data/ltp</c>). Groww takes at most 50 instruments per call; longer
    /// lists are split into calls of 50, each counted against the Live Data rate limit, and merged.
    /// </summary>
    /// <param name="segment">The segment shared by every instrument.</param>
    /// <param name="exchangeSymbols">Instruments as <c>EXCHANGE_SYMBOL</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The LTP of each instrument Groww answered for, keyed as sent.</returns>
    Task<IReadOnlyDictionary<string, decimal>> GetLtpAsync(GrowwSegment segment, IEnumerable<string> exchangeSymbols, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the current day's OHLC snapshot (<c>GET /v1/live-data/ohlc</c>). Groww takes at most 50 instruments per
    /// call; longer lists are split into calls of 50, each counted against the Live Data rate limit, and merged (as
    /// <see cref="GetLtpAsync"/> does).
    /// </summary>
    /// <param name="segment">The segment shared by every instrument.</param>
    /// <param name="exchangeSymbols">Instruments as <c>EXCHANGE_SYMBOL</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The OHLC of each instrument, keyed as sent.</returns>
    Task<IReadOnlyDictionary<string, GrowwOhlc>> GetOhlcAsync(GrowwSegment segment, IEnumerable<string> exchangeSymbols, CancellationToken cancellationToken = default);

    /// <summary>Reads an option chain with greeks (<c>GET /v1/option-chain/exchange/{exchange}/underlying/{underlying}</c>).</summary>
    /// <param name="exchange">NSE or BSE.</param>
    /// <param name="underlying">The underlying, such as <c>NIFTY</c> or <c>RELIANCE</c>.</param>
    /// <param name="expiryDate">The expiry.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The chain.</returns>
    Task<GrowwOptionChain> GetOptionChainAsync(GrowwExchange exchange, string underlying, DateOnly expiryDate, CancellationToken cancellationToken = default);

    /// <summary>Reads one option's greeks (<c>GET /v1/live-data/greeks/exchange/…/underlying/…/trading_symbol/…/expiry/…</c>).</summary>
    /// <param name="exchange">The exchange.</param>
    /// <param name="underlying">The underlying, such as <c>NIFTY</c>.</param>
    /// <param name="tradingSymbol">The option's trading symbol.</param>
    /// <param name="expiry">The option's expiry.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The greeks.</returns>
    Task<GrowwGreeks> GetGreeksAsync(GrowwExchange exchange, string underlying, string tradingSymbol, DateOnly expiry, CancellationToken cancellationToken = default);
}
