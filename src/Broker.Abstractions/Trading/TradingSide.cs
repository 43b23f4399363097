namespace Broker.Trading;

/// <summary>Buy or sell.</summary>
public enum TradingSide
{
    /// <summary>Buy.</summary>
    Buy = 1,

    /// <summary>Sell.</summary>
    Sell,
}
