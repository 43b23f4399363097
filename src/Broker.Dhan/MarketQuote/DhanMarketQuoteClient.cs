using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Broker.Dhan.Sending;
using Broker.Dhan.Validation;
using Broker.Dhan.Logging;
using Broker.Dhan.Serialization;
using Broker.Http;

using Microsoft.Extensions.Logging;

namespace Broker.Dhan.MarketQuote;

/// <inheritdoc />
internal sealed class DhanMarketQuoteClient : IDhanMarketQuoteClient
{
    private readonly DhanSender _sender;
    private readonly DhanClientOptions _options;
    private readonly ILogger _logger;

    public DhanMarketQuoteClient(DhanSender sender, DhanClientOptions options, ILogger logger)
    {
        _sender = sender;
        _options = options;
        _logger = logger;
    }

    public Task<IReadOnlyDictionary<DhanInstrument, DhanLtp>> GetLtpAsync(IEnumerable<DhanInstrument> instruments, CancellationToken cancellationToken = default) =>
        QuoteAsync(instruments, "marketfeed/ltp", DhanEndpoints.QuoteLtp, DhanJsonContext.Default.DhanDataEnvelopeDictionaryStringDictionaryStringDhanLtp, cancellationToken);

    public Task<IReadOnlyDictionary<DhanInstrument, DhanOhlcQuote>> GetOhlcAsync(IEnumerable<DhanInstrument> instruments, CancellationToken cancellationToken = default) =>
        QuoteAsync(instruments, "marketfeed/ohlc", DhanEndpoints.QuoteOhlc, DhanJsonContext.Default.DhanDataEnvelopeDictionaryStringDictionaryStringDhanOhlcQuote, cancellationToken);

    public Task<IReadOnlyDictionary<DhanInstrument, DhanFullQuote>> GetQuoteAsync(IEnumerable<DhanInstrument> instruments, CancellationToken cancellationToken = default) =>
        QuoteAsync(instruments, "marketfeed/quote", DhanEndpoints.QuoteFull, DhanJsonContext.Default.DhanDataEnvelopeDictionaryStringDictionaryStringDhanFullQuote, cancellationToken);

    private async Task<IReadOnlyDictionary<DhanInstrument, T>> QuoteAsync<T>(
        IEnumerable<DhanInstrument> instruments,
        string path,
        BrokerEndpoint endpoint,
        JsonTypeInfo<DhanDataEnvelope<Dictionary<string, Dictionary<string, T>>>> responseType,
        CancellationToken cancellationToken)
    {
        var list = Validate(instruments);
        var batchSize = _options.MaxInstrumentsPerQuoteRequest;
        DhanValidation.Require(
            list.Count <= batchSize || _options.SplitLargeQuoteRequests,
            "Instruments",
            $"has {list.Count} instruments; Dhan allows at most {batchSize} per market-quote call (set SplitLargeQuoteRequests to split automatically).");

        if (list.Count > batchSize)
        {
            DhanLog.QuoteSplit(_logger, endpoint.Name, list.Count, (list.Count + batchSize - 1) / batchSize);
        }

        var result = new Dictionary<DhanInstrument, T>();
        foreach (var batch in list.Chunk(batchSize))
        {
            var body = batch
                .GroupBy(i => i.ExchangeSegment.Value, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(i => long.Parse(i.SecurityId, NumberStyles.None, CultureInfo.InvariantCulture)).ToList(), StringComparer.Ordinal);
            var message = _sender.Request(HttpMethod.Post, path, body, DhanJsonContext.Default.DictionaryStringListInt64);
            var envelope = await _sender.SendAsync(message, endpoint, responseType, cancellationToken).ConfigureAwait(false);
            foreach (var (segment, quotes) in envelope.Data ?? [])
            {
                foreach (var (securityId, quote) in quotes ?? [])
                {
                    result[new DhanInstrument(new DhanExchangeSegment(segment), securityId)] = quote;
                }
            }
        }

        return result;
    }

    private static List<DhanInstrument> Validate(IEnumerable<DhanInstrument> instruments)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        var list = instruments.Distinct().ToList();
        DhanValidation.Require(list.Count > 0, "Instruments", "must contain at least one instrument.");
        foreach (var instrument in list)
        {
            DhanValidation.RequireValue(instrument.ExchangeSegment, "Instruments.ExchangeSegment");
            DhanValidation.RequireText(instrument.SecurityId, "Instruments.SecurityId");
            DhanValidation.Require(
                long.TryParse(instrument.SecurityId, NumberStyles.None, CultureInfo.InvariantCulture, out _),
                "Instruments.SecurityId",
                $"'{instrument.SecurityId}' is not a numeric security id (market quotes take Dhan's numeric ids).");
        }

        return list;
    }
}
