using Broker.Collections;

namespace Broker.Dhan.Historical;

/// <summary>Expired-options candles; only the side requested is filled.</summary>
public sealed record DhanExpiredOptionsData
{
    /// <summary>Call candles (empty when puts were requested).</summary>
    public IReadOnlyList<DhanExpiredOptionCandle> Call { get; init => field = ValueList.OrEmpty(value); } = ValueList.Empty<DhanExpiredOptionCandle>();

    /// <summary>Put candles (empty when calls were requested).</summary>
    public IReadOnlyList<DhanExpiredOptionCandle> Put { get; init => field = ValueList.OrEmpty(value); } = ValueList.Empty<DhanExpiredOptionCandle>();
}
