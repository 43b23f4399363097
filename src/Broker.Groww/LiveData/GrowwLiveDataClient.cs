using Broker.Http;
using System.Globalization;
using Broker.Errors;
using Broker.Groww.Sending;
using Broker.Groww.Logging;
using Broker.Groww.Serialization;
using Broker.Groww.Validation;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace Broker.Groww.LiveData;

/// <summary>The Groww live-data client over the account's pipeline.</summary>
internal sealed class GrowwLiveDataClient : IGrowwLiveDataClient
{
    private readonly GrowwSender _sender;
    private readonly GrowwClientOptions _options;
    private readonly ILogger _logger;

    public GrowwLiveDataClient(GrowwSender sender, GrowwClientOptions options, ILogger logger)
    {
        _sender = sender;
        _options = options;
        _logger = logger;
    }

    public Task<GrowwQuote> GetQuoteAsync(GrowwExchange exchange, GrowwSegment segment, string tradingSymbol, CancellationToken cancellationToken = default)
    {
        GrowwValidation.RequireSet(exchange.IsEmpty, nameof(exchange));
        GrowwValidation.RequireSet(segment.IsEmpty, nameof(segment));
        var symbol = GrowwValidation.Validator.PathSegment(tradingSymbol, nameof(tradingSymbol));
        var query = new BrokerQuery().Add("exchange", exchange.Value).Add("segment", segment.Value).Add("trading_symbol", symbol);
        var message = _sender.Request(HttpMethod.Get, "v1/live-data/quote", query);
        return _sender.SendAsync(message, GrowwEndpoints.Quote, GrowwJsonContext.Default.GrowwEnvelopeGrowwQuote, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, decimal>> GetLtpAsync(GrowwSegment segment, IEnumerable<string> exchangeSymbols, CancellationToken cancellationToken = default) =>
        GetBatchedAsync(segment, exchangeSymbols, "v1/live-data/ltp", GrowwEndpoints.Ltp, GrowwJsonContext.Default.GrowwEnvelopeDictionaryStringDecimal, cancellationToken);

    public Task<IReadOnlyDictionary<string, GrowwOhlc>> GetOhlcAsync(GrowwSegment segment, IEnumerable<string> exchangeSymbols, CancellationToken cancellationToken = default) =>
        GetBatchedAsync(segment, exchangeSymbols, "v1/live-data/ohlc", GrowwEndpoints.Ohlc, GrowwJsonContext.Default.GrowwEnvelopeDictionaryStringGrowwOhlc, cancellationToken);

    public Task<GrowwOptionChain> GetOptionChainAsync(GrowwExchange exchange, string underlying, DateOnly expiryDate, CancellationToken cancellationToken = default)
    {
        GrowwValidation.RequireSet(exchange.IsEmpty, nameof(exchange));
        var name = GrowwValidation.Validator.PathSegment(underlying, nameof(underlying));
        var path = $"v1/option-chain/exchange/{BrokerUrl.Segment(exchange.Value)}/underlying/{BrokerUrl.Segment(name)}";
        var message = _sender.Request(HttpMethod.Get, path, new BrokerQuery().Add("expiry_date", Date(expiryDate)));
        return _sender.SendAsync(message, GrowwEndpoints.OptionChain, GrowwJsonContext.Default.GrowwEnvelopeGrowwOptionChain, cancellationToken);
    }

    public async Task<GrowwGreeks> GetGreeksAsync(GrowwExchange exchange, string underlying, string tradingSymbol, DateOnly expiry, CancellationToken cancellationToken = default)
    {
        GrowwValidation.RequireSet(exchange.IsEmpty, nameof(exchange));
        var name = GrowwValidation.Validator.PathSegment(underlying, nameof(underlying));
        var symbol = GrowwValidation.Validator.PathSegment(tradingSymbol, nameof(tradingSymbol));
        var path = $"v1/live-data/greeks/exchange/{BrokerUrl.Segment(exchange.Value)}/underlying/{BrokerUrl.Segment(name)}/trading_symbol/{BrokerUrl.Segment(symbol)}/expiry/{Date(expiry)}";
        var message = _sender.Request(HttpMethod.Get, path);
        var payload = await _sender.SendAsync(message, GrowwEndpoints.Greeks, GrowwJsonContext.Default.GrowwEnvelopeGrowwGreeksPayload, cancellationToken).ConfigureAwait(false);
        return payload.Greeks ?? new GrowwGreeks();
    }

    private static List<string> Symbols(IEnumerable<string> exchangeSymbols)
    {
        if (exchangeSymbols is null)
        {
            throw GrowwValidation.Validator.Invalid(nameof(exchangeSymbols), "exchangeSymbols is required: give at least one instrument as EXCHANGE_SYMBOL, such as NSE_RELIANCE.");
        }

        var symbols = new List<string>();
        foreach (var symbol in exchangeSymbols)
        {
            var trimmed = GrowwValidation.RequireText(symbol, nameof(exchangeSymbols));
            if (trimmed.IndexOf('_', StringComparison.Ordinal) <= 0)
            {
                throw GrowwValidation.Validator.Invalid(nameof(exchangeSymbols), $"'{trimmed}' is not written EXCHANGE_SYMBOL; use for example NSE_RELIANCE or BSE_SENSEX.");
            }

            symbols.Add(trimmed);
        }

        if (symbols.Count == 0)
        {
            throw GrowwValidation.Validator.Invalid(nameof(exchangeSymbols), "exchangeSymbols is empty: give at least one instrument as EXCHANGE_SYMBOL, such as NSE_RELIANCE.");
        }

        return symbols;
    }

    private BrokerQuery SymbolQuery(GrowwSegment segment, IReadOnlyCollection<string> symbols)
    {
        var query = new BrokerQuery().Add("segment", segment.Value);
        if (_options.RepeatExchangeSymbolsParameter)
        {
            foreach (var symbol in symbols)
            {
                query = query.Add("exchange_symbols", symbol);
            }

            return query;
        }

        return query.AddList("exchange_symbols", symbols);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// One live-data read of many instruments: split into Groww's calls of at most 50 (logged when there is more than
    /// one), each counted against the Live Data limit, and the answers merged, keyed as sent.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, T>> GetBatchedAsync<T>(
        GrowwSegment segment,
        IEnumerable<string> exchangeSymbols,
        string path,
        BrokerEndpoint endpoint,
        JsonTypeInfo<GrowwEnvelope<Dictionary<string, T>>> answerType,
        CancellationToken cancellationToken)
    {
        GrowwValidation.RequireSet(segment.IsEmpty, nameof(segment));
        var symbols = Symbols(exchangeSymbols);
        var batches = symbols.Chunk(GrowwValidation.MaxInstrumentsPerCall).ToArray();
        if (batches.Length > 1)
        {
            GrowwLog.LiveDataBatched(_logger, symbols.Count, batches.Length, GrowwValidation.MaxInstrumentsPerCall);
        }

        var result = new Dictionary<string, T>(symbols.Count, StringComparer.Ordinal);
        foreach (var batch in batches)
        {
            var message = _sender.Request(HttpMethod.Get, path, SymbolQuery(segment, batch));
            var answer = await _sender.SendAsync(message, endpoint, answerType, cancellationToken).ConfigureAwait(false);
            foreach (var (key, value) in answer)
            {
                result[key] = value;
            }
        }

        return result;
    }
}
