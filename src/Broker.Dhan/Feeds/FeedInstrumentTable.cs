using System.Collections.Concurrent;
using System.Globalization;
using Broker.Errors;
using Broker.Dhan.Sending;
using Broker.Dhan.Validation;

namespace Broker.Dhan.Feeds;

/// <summary>Validates instruments and remembers them by their binary key, so packets map back to them without allocating.</summary>
internal sealed class FeedInstrumentTable(DhanFeedOptions options)
{
    private readonly ConcurrentDictionary<ulong, FeedInstrumentInfo> _byKey = new();

    public FeedInstrumentInfo Register(DhanInstrument instrument)
    {
        if (!DhanFeedSegments.TryGetCode(instrument.ExchangeSegment, out var segment))
        {
            throw DhanValidation.Validator.Invalid("ExchangeSegment", $"The exchange segment '{instrument.ExchangeSegment}' has no feed code; the live feeds accept IDX_I, NSE_EQ, NSE_FNO, NSE_CURRENCY, BSE_EQ, MCX_COMM, BSE_CURRENCY and BSE_FNO.");
        }

        if (!uint.TryParse(instrument.SecurityId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            throw DhanValidation.Validator.Invalid("SecurityId", $"The security id '{instrument.SecurityId}' of {instrument.ExchangeSegment} is not a number; feeds identify instruments by Dhan's numeric security id.");
        }

        var key = FeedInstrumentInfo.Key(segment, id);
        if (_byKey.TryGetValue(key, out var known))
        {
            return known;
        }

        var canonical = new DhanInstrument(instrument.ExchangeSegment, id.ToString(CultureInfo.InvariantCulture));
        var tick = options.TickSizeResolver?.Invoke(canonical) ?? 0m;
        return _byKey.GetOrAdd(key, new FeedInstrumentInfo(canonical, segment, id, tick > 0m ? tick : 0m));
    }

    public FeedInstrumentInfo Resolve(byte segmentCode, uint securityId) =>
        _byKey.TryGetValue(FeedInstrumentInfo.Key(segmentCode, securityId), out var info)
            ? info
            : new FeedInstrumentInfo(new DhanInstrument(DhanFeedSegments.FromCode(segmentCode), securityId.ToString(CultureInfo.InvariantCulture)), segmentCode, securityId, 0m);
}
