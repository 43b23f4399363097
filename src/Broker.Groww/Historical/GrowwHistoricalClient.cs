using Broker.Http;
using System.Globalization;
using Broker.Errors;
using Broker.Groww.Sending;
using Broker.Groww.Serialization;
using Broker.Groww.Validation;
using Broker.Time;

namespace Broker.Groww.Historical;

/// <summary>The Groww historical-data client over the account's pipeline.</summary>
internal sealed class GrowwHistoricalClient : IGrowwHistoricalClient
{
    private const string WireTimeFormat = "yyyy-MM-dd HH:mm:ss";
    private readonly GrowwSender _sender;

    private readonly GrowwClientOptions _options;
    private readonly TimeProvider _timeProvider;

    public GrowwHistoricalClient(GrowwSender sender, GrowwClientOptions options, TimeProvider timeProvider)
    {
        _sender = sender;
        _options = options;
        _timeProvider = timeProvider;
    }

    /// <summary>Groww's longest range per call for an interval; <see langword="null"/> for an interval the SDK does not know.</summary>
    public static TimeSpan? MaxDuration(GrowwCandleInterval interval) => interval.Value switch
    {
        "1minute" or "2minute" or "3minute" or "5minute" => TimeSpan.FromDays(30),
        "10minute" or "15minute" or "30minute" => TimeSpan.FromDays(90),
        "1hour" or "4hour" or "1day" or "1week" or "1month" => TimeSpan.FromDays(180),
        _ => null,
    };

    public Task<GrowwCandles> GetCandlesAsync(GrowwCandlesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        GrowwValidation.RequireSet(request.Exchange.IsEmpty, nameof(request.Exchange));
        GrowwValidation.RequireSet(request.Segment.IsEmpty, nameof(request.Segment));
        GrowwValidation.RequireSet(request.CandleInterval.IsEmpty, nameof(request.CandleInterval));
        var symbol = GrowwValidation.RequireText(request.GrowwSymbol, nameof(request.GrowwSymbol));
        if (request.EndTime <= request.StartTime)
        {
            throw GrowwValidation.Validator.Invalid(nameof(request.EndTime), "EndTime must be after StartTime.");
        }

        if (MaxDuration(request.CandleInterval) is { } max && request.EndTime - request.StartTime > max)
        {
            throw GrowwValidation.Validator.Invalid(
                nameof(request.EndTime),
                $"Groww serves at most {max.TotalDays.ToString(CultureInfo.InvariantCulture)} days of {request.CandleInterval} candles per call; the range from StartTime to EndTime is {(request.EndTime - request.StartTime).TotalDays.ToString("0.##", CultureInfo.InvariantCulture)} days. Split it into shorter ranges.");
        }

        var query = new BrokerQuery()
            .Add("exchange", request.Exchange.Value)
            .Add("segment", request.Segment.Value)
            .Add("groww_symbol", symbol)
            .Add("start_time", IndianTime.Format(request.StartTime, WireTimeFormat))
            .Add("end_time", IndianTime.Format(request.EndTime, WireTimeFormat))
            .Add("candle_interval", request.CandleInterval.Value);
        var message = _sender.Request(HttpMethod.Get, "v1/historical/candles", query);
        return _sender.SendAsync(message, GrowwEndpoints.Candles, GrowwJsonContext.Default.GrowwEnvelopeGrowwCandles, cancellationToken);
    }

    public async Task<IReadOnlyList<DateOnly>> GetExpiriesAsync(GrowwExchange exchange, string underlyingSymbol, int? year = null, int? month = null, CancellationToken cancellationToken = default)
    {
        GrowwValidation.RequireSet(exchange.IsEmpty, nameof(exchange));
        var underlying = GrowwValidation.RequireText(underlyingSymbol, nameof(underlyingSymbol));
        GrowwValidation.RequireRange(year, _options.EarliestExpiryYear, IndianTime.Today(_timeProvider).Year + _options.ExpiryYearsAhead, nameof(year));
        GrowwValidation.RequireRange(month, 1, 12, nameof(month));
        var query = new BrokerQuery().Add("exchange", exchange.Value).Add("underlying_symbol", underlying).Add("year", year).Add("month", month);
        var message = _sender.Request(HttpMethod.Get, "v1/historical/expiries", query);
        var payload = await _sender.SendAsync(message, GrowwEndpoints.Expiries, GrowwJsonContext.Default.GrowwEnvelopeGrowwExpiriesPayload, cancellationToken).ConfigureAwait(false);
        return payload.Expiries ?? [];
    }

    public async Task<IReadOnlyList<string>> GetContractsAsync(GrowwExchange exchange, string underlyingSymbol, DateOnly expiryDate, CancellationToken cancellationToken = default)
    {
        GrowwValidation.RequireSet(exchange.IsEmpty, nameof(exchange));
        var underlying = GrowwValidation.RequireText(underlyingSymbol, nameof(underlyingSymbol));
        if (underlying.Length > 20)
        {
            throw GrowwValidation.Validator.Invalid(nameof(underlyingSymbol), $"underlyingSymbol may have at most 20 characters; '{underlying}' has {underlying.Length}.");
        }

        var query = new BrokerQuery()
            .Add("exchange", exchange.Value)
            .Add("underlying_symbol", underlying)
            .Add("expiry_date", expiryDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var message = _sender.Request(HttpMethod.Get, "v1/historical/contracts", query);
        var payload = await _sender.SendAsync(message, GrowwEndpoints.Contracts, GrowwJsonContext.Default.GrowwEnvelopeGrowwContractsPayload, cancellationToken).ConfigureAwait(false);
        return payload.Contracts ?? [];
    }
}
