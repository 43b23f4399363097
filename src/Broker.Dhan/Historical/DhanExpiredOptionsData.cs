namespace Broker.Dhan.Historical;

/// <summary>Expired-options candles; only the side requested is filled.</summary>
public sealed class DhanExpiredOptionsData
{
    /// <summary>Call candles (empty when puts were requested).</summary>
    public IReadOnlyList<DhanExpiredOptionCandle> Call { get; init; } = [];

    /// <summary>Put candles (empty when calls were requested).</summary>
    public IReadOnlyList<DhanExpiredOptionCandle> Put { get; init; } = [];
}
