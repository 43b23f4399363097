namespace Broker.Dhan;

/// <summary>An instrument as Dhan identifies it: a security id is unique only within its exchange segment.</summary>
/// <param name="ExchangeSegment">The segment.</param>
/// <param name="SecurityId">The security id within the segment.</param>
public readonly record struct DhanInstrument(DhanExchangeSegment ExchangeSegment, string SecurityId)
{
    /// <inheritdoc />
    public override string ToString() => $"{ExchangeSegment}:{SecurityId}";
}
