namespace Broker.Trading;

/// <summary>
/// Where an instrument trades, in the exchange codes Indian traders already use (NSE, BSE, NFO, BFO, CDS, BCD, MCX).
/// Each broker maps this to its own exchange and segment: Groww <c>NSE</c> + <c>FNO</c> for <see cref="Nfo"/>,
/// Dhan <c>NSE_FNO</c>. A code a broker does not offer (Groww has no currency segment) is refused with a
/// <see cref="Broker.Errors.BrokerValidationException"/> before anything is sent.
/// </summary>
public enum TradingExchange
{
    /// <summary>NSE cash market (equities, ETFs).</summary>
    Nse = 1,

    /// <summary>BSE cash market (equities, ETFs).</summary>
    Bse,

    /// <summary>NSE futures and options.</summary>
    Nfo,

    /// <summary>BSE futures and options.</summary>
    Bfo,

    /// <summary>NSE currency derivatives.</summary>
    Cds,

    /// <summary>BSE currency derivatives.</summary>
    Bcd,

    /// <summary>MCX commodity derivatives.</summary>
    Mcx,

    /// <summary>NSE indices (NIFTY, BANKNIFTY): prices only, not tradable.</summary>
    NseIndex,

    /// <summary>BSE indices (SENSEX, BANKEX): prices only, not tradable.</summary>
    BseIndex,
}
