using Broker.Instruments;

namespace Broker.Groww.Instruments;

/// <summary>
/// Parses Groww's <c>instrument.csv</c> by header name. Both headers seen in the wild are understood (the 2025 one
/// with <c>lot_size,strike_price,…,feed_key</c> and the current one with <c>strike_price,lot_size,…,
/// internal_trading_symbol,is_intraday</c>), as is any later one that keeps the required columns; a header without a
/// required column fails with <see cref="InstrumentMasterFormatException"/> naming it.
/// </summary>
internal static class GrowwInstrumentParser
{
    /// <summary>The columns the SDK cannot work without.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } =
    [
        "exchange", "exchange_token", "trading_symbol", "groww_symbol", "instrument_type", "segment",
        "underlying_symbol", "expiry_date", "strike_price", "lot_size", "tick_size",
    ];

    /// <summary>Parses a master into an indexed snapshot.</summary>
    /// <param name="csv">The CSV bytes (UTF-8); read to the end, not disposed.</param>
    /// <param name="sourceName">Names the source in errors and on the snapshot.</param>
    /// <param name="loadedAt">The load time to stamp on the snapshot.</param>
    /// <param name="tickSizeUnit">The unit of <c>tick_size</c> (Groww documents rupees).</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="InstrumentMasterFormatException">A required column is missing or a value is malformed.</exception>
    public static async Task<GrowwInstrumentSnapshot> ParseAsync(
        Stream csv, string sourceName, DateTimeOffset loadedAt, TickSizeUnit tickSizeUnit = TickSizeUnit.Rupees, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var reader = await InstrumentMasterCsvReader.OpenAsync(csv, sourceName, cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            var columns = new Columns(reader);
            var pool = new StringPool();
            var instruments = new List<GrowwInstrumentRecord>(1024);
            var skipped = 0;
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var instrument = Map(reader, columns, pool, tickSizeUnit);
                if (instrument is null)
                {
                    skipped++;
                    continue;
                }

                instruments.Add(instrument);
            }

            return new GrowwInstrumentSnapshot(instruments, loadedAt, sourceName, skipped);
        }
    }

    private static GrowwInstrumentRecord? Map(InstrumentMasterCsvReader row, Columns c, StringPool pool, TickSizeUnit tickSizeUnit)
    {
        var exchange = row.GetField(c.Exchange).Trim();
        var token = row.GetField(c.ExchangeToken).Trim();
        var segment = row.GetField(c.Segment).Trim();

        // Groww has shipped rows without an identity (blank symbols); they cannot be traded or subscribed, so they are skipped.
        if (InstrumentMasterCsvReader.IsMissing(exchange) || InstrumentMasterCsvReader.IsMissing(token) || InstrumentMasterCsvReader.IsMissing(segment))
        {
            return null;
        }

        var instrumentType = pool.Get(row.GetField(c.InstrumentType).Trim());
        var expiry = row.GetDate(c.ExpiryDate, "expiry_date");

        var tradingSymbol = row.GetField(c.TradingSymbol).Trim();
        var internalSymbol = row.GetField(c.InternalTradingSymbol).Trim();
        var tradingSymbolText = tradingSymbol.ToString();
        return new GrowwInstrumentRecord
        {
            Exchange = new GrowwExchange(pool.Get(exchange)),
            ExchangeToken = token.ToString(),
            TradingSymbol = tradingSymbolText,
            GrowwSymbol = row.GetField(c.GrowwSymbol).Trim().ToString(),
            Name = row.GetOptionalString(c.Name),
            InstrumentType = instrumentType,
            Segment = new GrowwSegment(pool.Get(segment)),
            Series = Pooled(pool, row.GetField(c.Series)),
            Isin = row.GetOptionalString(c.Isin),
            UnderlyingSymbol = Pooled(pool, row.GetField(c.UnderlyingSymbol)),
            UnderlyingExchangeToken = Pooled(pool, row.GetField(c.UnderlyingExchangeToken)),
            ExpiryDate = expiry,
            StrikePrice = Strike(row, c),
            OptionType = instrumentType switch
            {
                "CE" => InstrumentOptionType.Call,
                "PE" => InstrumentOptionType.Put,
                _ => InstrumentOptionType.None,
            },
            LotSize = LotSize(row, c),
            TickSize = TickSizes.Normalize(row.GetDecimal(c.TickSize, "tick_size"), tickSizeUnit),
            FreezeQuantity = row.GetWhole(c.FreezeQuantity, "freeze_quantity") is { } freeze && freeze > 0 ? freeze : null,
            IsReserved = row.GetFlag(c.IsReserved),
            BuyAllowed = row.GetFlag(c.BuyAllowed),
            SellAllowed = row.GetFlag(c.SellAllowed),
            // Usually equal to trading_symbol: share the string instead of keeping 170k copies.
            InternalTradingSymbol = internalSymbol.SequenceEqual(tradingSymbol) && !internalSymbol.IsEmpty ? tradingSymbolText : InternalOrNull(internalSymbol),
            IsIntraday = row.GetFlag(c.IsIntraday),
            FeedKey = row.GetOptionalString(c.FeedKey),
        };
    }

    private static string? Pooled(StringPool pool, ReadOnlySpan<char> field)
    {
        field = field.Trim();
        return InstrumentMasterCsvReader.IsMissing(field) ? null : pool.Get(field);
    }

    private static string? InternalOrNull(ReadOnlySpan<char> field) => InstrumentMasterCsvReader.IsMissing(field) ? null : field.ToString();

    private static decimal? Strike(InstrumentMasterCsvReader row, Columns c)
    {
        // Futures carry -0.01 (and some rows 0) where an option has its strike: neither is a strike.
        var strike = row.GetDecimal(c.StrikePrice, "strike_price");
        return strike > 0 ? strike : null;
    }

    private static long LotSize(InstrumentMasterCsvReader row, Columns c)
    {
        var lot = row.GetWhole(c.LotSize, "lot_size");
        return lot is > 0 ? lot.Value : 1;
    }



    private sealed class Columns
    {
        public Columns(InstrumentMasterCsvReader map)
        {
            Exchange = map.Required("exchange");
            ExchangeToken = map.Required("exchange_token");
            TradingSymbol = map.Required("trading_symbol");
            GrowwSymbol = map.Required("groww_symbol");
            InstrumentType = map.Required("instrument_type");
            Segment = map.Required("segment");
            UnderlyingSymbol = map.Required("underlying_symbol");
            ExpiryDate = map.Required("expiry_date");
            StrikePrice = map.Required("strike_price");
            LotSize = map.Required("lot_size");
            TickSize = map.Required("tick_size");
            Name = map.Optional("name");
            Series = map.Optional("series");
            Isin = map.Optional("isin");
            UnderlyingExchangeToken = map.Optional("underlying_exchange_token");
            FreezeQuantity = map.Optional("freeze_quantity");
            IsReserved = map.Optional("is_reserved");
            BuyAllowed = map.Optional("buy_allowed");
            SellAllowed = map.Optional("sell_allowed");
            InternalTradingSymbol = map.Optional("internal_trading_symbol");
            IsIntraday = map.Optional("is_intraday");
            FeedKey = map.Optional("feed_key");
        }

        public int Exchange { get; }

        public int ExchangeToken { get; }

        public int TradingSymbol { get; }

        public int GrowwSymbol { get; }

        public int InstrumentType { get; }

        public int Segment { get; }

        public int UnderlyingSymbol { get; }

        public int ExpiryDate { get; }

        public int StrikePrice { get; }

        public int LotSize { get; }

        public int TickSize { get; }

        public int Name { get; }

        public int Series { get; }

        public int Isin { get; }

        public int UnderlyingExchangeToken { get; }

        public int FreezeQuantity { get; }

        public int IsReserved { get; }

        public int BuyAllowed { get; }

        public int SellAllowed { get; }

        public int InternalTradingSymbol { get; }

        public int IsIntraday { get; }

        public int FeedKey { get; }
    }
}
