using Broker.Collections;

namespace Broker.Dhan.Feeds;

/// <summary>One side of one instrument's 20- or 200-level depth.</summary>
/// <param name="Instrument">The instrument.</param>
/// <param name="Side">Bid or ask.</param>
/// <param name="Levels">The levels in wire order (empty levels have price 0).</param>
/// <param name="SequenceOrRowCount">20-level: the message sequence; 200-level: the number of rows.</param>
public sealed record DhanDepthUpdate(DhanInstrument Instrument, DhanDepthSide Side, IReadOnlyList<DhanDepthEntry> Levels, uint SequenceOrRowCount) : DhanFeedEvent
{
    /// <summary>The levels in wire order (empty levels have price 0).</summary>
    public IReadOnlyList<DhanDepthEntry> Levels { get; init => field = ValueList.OrEmpty(value); } = ValueList.OrEmpty(Levels);
}
