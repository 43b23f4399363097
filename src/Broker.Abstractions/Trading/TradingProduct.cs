namespace Broker.Trading;

/// <summary>What the position is held as: it decides margin and when the broker squares it off.</summary>
public enum TradingProduct
{
    /// <summary>Cash-and-carry delivery of equities (Groww/Dhan <c>CNC</c>).</summary>
    Delivery = 1,

    /// <summary>Intraday, squared off by the broker before the close (Groww <c>MIS</c>, Dhan <c>INTRADAY</c>).</summary>
    Intraday,

    /// <summary>Carry-forward derivatives or commodity positions on margin (Groww <c>NRML</c>, Dhan <c>MARGIN</c>).</summary>
    Margin,
}
