namespace Broker.Dhan.OptionChain;

/// <summary>One strike of an option chain; either side may be missing.</summary>
/// <param name="Strike">The strike price.</param>
/// <param name="Call">The call, if listed.</param>
/// <param name="Put">The put, if listed.</param>
public sealed record DhanOptionChainStrike(decimal Strike, DhanOptionLeg? Call, DhanOptionLeg? Put);
