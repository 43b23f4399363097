namespace Broker.Dhan.OptionChain;

/// <summary>
/// Option chain and expiry list. Dhan allows one identical request per 3 seconds (different underlyings or expiries
/// may go together); the SDK holds back a repeat until the interval has passed.
/// </summary>
public interface IDhanOptionChainClient
{
    /// <summary>The option chain of an underlying for one expiry (<c>POST /optionchain</c>).</summary>
    /// <param name="underlyingSecurityId">The underlying's security id (for example 13 for NIFTY on IDX_I).</param>
    /// <param name="underlyingSegment">The underlying's segment (IDX_I, NSE_EQ, MCX_COMM…).</param>
    /// <param name="expiry">The expiry date (from <see cref="GetExpiriesAsync"/>).</param>
    /// <param name="cancellationToken">Cancels the call, including a wait for the 3-second rule.</param>
    /// <returns>The chain, strikes lowest first.</returns>
    Task<DhanOptionChain> GetOptionChainAsync(long underlyingSecurityId, DhanExchangeSegment underlyingSegment, DateOnly expiry, CancellationToken cancellationToken = default);

    /// <summary>The expiries of an underlying, ascending (<c>POST /optionchain/expirylist</c>).</summary>
    /// <param name="underlyingSecurityId">The underlying's security id.</param>
    /// <param name="underlyingSegment">The underlying's segment.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The expiry dates.</returns>
    Task<IReadOnlyList<DateOnly>> GetExpiriesAsync(long underlyingSecurityId, DhanExchangeSegment underlyingSegment, CancellationToken cancellationToken = default);
}
