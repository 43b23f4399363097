using System.Globalization;
using Broker.Dhan.Sending;
using Broker.Dhan.Validation;
using Broker.Dhan.Logging;
using Broker.Dhan.Serialization;
using Broker.Time;

using Microsoft.Extensions.Logging;

namespace Broker.Dhan.Historical;

/// <inheritdoc />
internal sealed class DhanHistoricalClient : IDhanHistoricalClient
{
    private static readonly string[] AllRollingData = ["open", "high", "low", "close", "iv", "volume", "strike", "oi", "spot"];
    private readonly DhanSender _sender;
    private readonly DhanClientOptions _options;
    private readonly ILogger _logger;

    public DhanHistoricalClient(DhanSender sender, DhanClientOptions options, ILogger logger)
    {
        _sender = sender;
        _options = options;
        _logger = logger;
    }

    public async Task<IReadOnlyList<DhanCandle>> GetDailyCandlesAsync(DhanDailyCandlesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidateInstrument(request.SecurityId, request.ExchangeSegment, request.Instrument);
        DhanValidation.DateRange(request.FromDate, request.ToDate, nameof(request.FromDate), nameof(request.ToDate), toIsExclusive: true);
        var body = new ChartBody
        {
            SecurityId = request.SecurityId,
            ExchangeSegment = request.ExchangeSegment,
            Instrument = request.Instrument,
            ExpiryCode = request.ExpiryCode,
            Oi = request.IncludeOpenInterest,
            FromDate = Date(request.FromDate),
            ToDate = Date(request.ToDate),
        };
        var message = _sender.Request(HttpMethod.Post, "charts/historical", body, DhanJsonContext.Default.ChartBody);
        var columns = await _sender.SendAsync(message, DhanEndpoints.DailyCandles, DhanJsonContext.Default.CandleColumns, cancellationToken).ConfigureAwait(false);
        return DhanCandleColumns.ToCandles(columns, DhanEndpoints.DailyCandles.Name);
    }

    public async Task<IReadOnlyList<DhanCandle>> GetIntradayCandlesAsync(DhanIntradayCandlesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidateInstrument(request.SecurityId, request.ExchangeSegment, request.Instrument);
        DhanValidation.Require(request.IntervalMinutes > 0, nameof(request.IntervalMinutes), $"must be positive (1, 5, 15, 25 or 60); it is {request.IntervalMinutes}.");
        DhanValidation.DateTimeRange(request.From, request.To, nameof(request.From), nameof(request.To));
        var chunk = TimeSpan.FromDays(_options.MaxIntradayDaysPerRequest);
        var candles = new List<DhanCandle>();
        for (var start = request.From; start < request.To; start += chunk)
        {
            var end = start + chunk < request.To ? start + chunk : request.To;
            var body = new ChartBody
            {
                SecurityId = request.SecurityId,
                ExchangeSegment = request.ExchangeSegment,
                Instrument = request.Instrument,
                Interval = request.IntervalMinutes.ToString(CultureInfo.InvariantCulture),
                Oi = request.IncludeOpenInterest,
                FromDate = IndianTime.Format(start, "yyyy-MM-dd HH:mm:ss"),
                ToDate = IndianTime.Format(end, "yyyy-MM-dd HH:mm:ss"),
            };
            var message = _sender.Request(HttpMethod.Post, "charts/intraday", body, DhanJsonContext.Default.ChartBody);
            var columns = await _sender.SendAsync(message, DhanEndpoints.IntradayCandles, DhanJsonContext.Default.CandleColumns, cancellationToken).ConfigureAwait(false);
            candles.AddRange(DhanCandleColumns.ToCandles(columns, DhanEndpoints.IntradayCandles.Name));
        }

        if (request.To - request.From > chunk)
        {
            var calls = (int)Math.Ceiling((request.To - request.From) / chunk);
            DhanLog.RangeSplit(_logger, DhanEndpoints.IntradayCandles.Name, calls, _options.MaxIntradayDaysPerRequest);
        }

        // Adjacent calls can both return the candle on their shared boundary.
        return candles.DistinctBy(c => c.Time).OrderBy(c => c.Time).ToList();
    }

    public async Task<DhanExpiredOptionsData> GetExpiredOptionsAsync(DhanExpiredOptionsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        DhanValidation.Require(request.UnderlyingSecurityId > 0, nameof(request.UnderlyingSecurityId), $"must be a positive security id; it is {request.UnderlyingSecurityId}.");
        DhanValidation.RequireValue(request.ExchangeSegment, nameof(request.ExchangeSegment));
        DhanValidation.RequireValue(request.Instrument, nameof(request.Instrument));
        DhanValidation.RequireValue(request.ExpiryFlag, nameof(request.ExpiryFlag));
        DhanValidation.RequireValue(request.OptionType, nameof(request.OptionType));
        DhanValidation.RequireText(request.Strike, nameof(request.Strike));
        DhanValidation.Require(request.IntervalMinutes > 0, nameof(request.IntervalMinutes), $"must be positive (1, 5, 15, 25 or 60); it is {request.IntervalMinutes}.");
        DhanValidation.Require(request.RequiredData is null || request.RequiredData.Count > 0, nameof(request.RequiredData), "must not be empty; leave it null for every series.");
        DhanValidation.DateRange(request.FromDate, request.ToDate, nameof(request.FromDate), nameof(request.ToDate), toIsExclusive: true);
        var calls = new List<DhanExpiredOptionCandle>();
        var puts = new List<DhanExpiredOptionCandle>();
        for (var start = request.FromDate; start < request.ToDate; start = start.AddDays(_options.MaxExpiredOptionsDaysPerRequest))
        {
            var end = start.AddDays(_options.MaxExpiredOptionsDaysPerRequest);
            end = end < request.ToDate ? end : request.ToDate;
            var body = new RollingOptionBody
            {
                ExchangeSegment = request.ExchangeSegment,
                Interval = request.IntervalMinutes.ToString(CultureInfo.InvariantCulture),
                SecurityId = request.UnderlyingSecurityId,
                Instrument = request.Instrument,
                ExpiryFlag = request.ExpiryFlag,
                ExpiryCode = request.ExpiryCode,
                Strike = request.Strike,
                DrvOptionType = request.OptionType,
                RequiredData = [.. request.RequiredData ?? AllRollingData],
                FromDate = Date(start),
                ToDate = Date(end),
            };
            var message = _sender.Request(HttpMethod.Post, "charts/rollingoption", body, DhanJsonContext.Default.RollingOptionBody);
            var envelope = await _sender.SendAsync(message, DhanEndpoints.ExpiredOptions, DhanJsonContext.Default.DhanDataEnvelopeRollingOptionData, cancellationToken).ConfigureAwait(false);
            calls.AddRange(DhanCandleColumns.ToOptionCandles(envelope.Data?.Ce, DhanEndpoints.ExpiredOptions.Name));
            puts.AddRange(DhanCandleColumns.ToOptionCandles(envelope.Data?.Pe, DhanEndpoints.ExpiredOptions.Name));
        }

        return new DhanExpiredOptionsData
        {
            Call = calls.DistinctBy(c => c.Time).OrderBy(c => c.Time).ToList(),
            Put = puts.DistinctBy(c => c.Time).OrderBy(c => c.Time).ToList(),
        };
    }

    private static void ValidateInstrument(string securityId, DhanExchangeSegment segment, DhanInstrumentType instrument)
    {
        DhanValidation.RequireText(securityId, "SecurityId");
        DhanValidation.RequireValue(segment, "ExchangeSegment");
        DhanValidation.RequireValue(instrument, "Instrument");
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
