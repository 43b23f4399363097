using Broker.Collections;

namespace Broker.Dhan.OptionChain;

/// <summary>An option chain for one underlying and expiry (<c>POST /optionchain</c>).</summary>
public sealed record DhanOptionChain
{
    /// <summary>Creates a chain.</summary>
    /// <param name="underlyingLastPrice">The underlying's last price.</param>
    /// <param name="strikes">The strikes, lowest first.</param>
    public DhanOptionChain(decimal underlyingLastPrice, IReadOnlyList<DhanOptionChainStrike> strikes)
    {
        UnderlyingLastPrice = underlyingLastPrice;
        Strikes = ValueList.OrEmpty(strikes);
    }

    /// <summary>The underlying's last price.</summary>
    public decimal UnderlyingLastPrice { get; }

    /// <summary>The strikes, lowest first.</summary>
    public IReadOnlyList<DhanOptionChainStrike> Strikes { get; }
}
