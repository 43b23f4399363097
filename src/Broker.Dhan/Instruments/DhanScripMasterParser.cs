using Broker.Instruments;

namespace Broker.Dhan.Instruments;

/// <summary>
/// Parses Dhan's scrip masters by header name: the compact file (<c>SEM_*</c> columns), the detailed file and the
/// per-segment endpoint's CSV (detailed columns, trailing comma). The format is recognised from the header; columns
/// may be added, removed (when not required) or reordered. A missing required column fails with
/// <see cref="InstrumentMasterFormatException"/> naming it.
/// </summary>
internal static class DhanScripMasterParser
{
    /// <summary>The detailed master's required columns.</summary>
    public static IReadOnlyList<string> DetailedRequiredColumns { get; } =
        ["EXCH_ID", "SEGMENT", "SECURITY_ID", "INSTRUMENT", "UNDERLYING_SYMBOL", "SYMBOL_NAME", "LOT_SIZE", "SM_EXPIRY_DATE", "STRIKE_PRICE", "OPTION_TYPE", "TICK_SIZE"];

    /// <summary>The compact master's required columns.</summary>
    public static IReadOnlyList<string> CompactRequiredColumns { get; } =
        ["SEM_EXM_EXCH_ID", "SEM_SEGMENT", "SEM_SMST_SECURITY_ID", "SEM_INSTRUMENT_NAME", "SEM_TRADING_SYMBOL", "SEM_LOT_UNITS", "SEM_EXPIRY_DATE", "SEM_STRIKE_PRICE", "SEM_OPTION_TYPE", "SEM_TICK_SIZE"];

    /// <summary>Parses a master into an indexed snapshot.</summary>
    /// <param name="csv">The CSV bytes (UTF-8); read to the end, not disposed.</param>
    /// <param name="sourceName">Names the source in errors and on the snapshot.</param>
    /// <param name="loadedAt">The load time to stamp on the snapshot.</param>
    /// <param name="tickSizeUnit">The unit of the tick-size column.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="InstrumentMasterFormatException">A required column is missing or a value is malformed.</exception>
    public static async Task<DhanInstrumentSnapshot> ParseAsync(
        Stream csv, string sourceName, DateTimeOffset loadedAt, TickSizeUnit tickSizeUnit = TickSizeUnit.Auto, CancellationToken cancellationToken = default)
    {
        var builder = new Builder(tickSizeUnit);
        await builder.AddAsync(csv, sourceName, cancellationToken).ConfigureAwait(false);
        return builder.Build(loadedAt, sourceName);
    }

    /// <summary>Accumulates several masters (one per segment) into one snapshot, sharing one string pool.</summary>
    internal sealed class Builder
    {
        private readonly TickSizeUnit _tickSizeUnit;
        private readonly StringPool _pool = new();
        private readonly List<DhanInstrumentRecord> _instruments = new(1024);
        private int _skipped;

        public Builder(TickSizeUnit tickSizeUnit) => _tickSizeUnit = tickSizeUnit;

        public async Task<int> AddAsync(Stream csv, string sourceName, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(csv);
            var before = _instruments.Count;
            var reader = await InstrumentMasterCsvReader.OpenAsync(csv, sourceName, cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var columns = Columns.From(reader);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var instrument = Map(reader, columns);
                    if (instrument is null)
                    {
                        _skipped++;
                    }
                    else
                    {
                        _instruments.Add(instrument);
                    }
                }
            }

            return _instruments.Count - before;
        }

        public DhanInstrumentSnapshot Build(DateTimeOffset loadedAt, string sourceName) => new(_instruments, loadedAt, sourceName, _skipped);

        private DhanInstrumentRecord? Map(InstrumentMasterCsvReader row, Columns c)
        {
            var exchange = row.GetField(c.Exchange).Trim();
            var segment = row.GetField(c.Segment).Trim();
            var securityId = row.GetField(c.SecurityId).Trim();
            if (InstrumentMasterCsvReader.IsMissing(exchange) || InstrumentMasterCsvReader.IsMissing(segment) || InstrumentMasterCsvReader.IsMissing(securityId))
            {
                return null;
            }

            var expiry = row.GetDate(c.Expiry, c.ExpiryName);

            var tradingSymbol = row.GetField(c.TradingSymbol).Trim();
            var optionType = row.GetField(c.OptionType).Trim() switch
            {
                "CE" => InstrumentOptionType.Call,
                "PE" => InstrumentOptionType.Put,
                _ => InstrumentOptionType.None,
            };
            var strike = row.GetDecimal(c.Strike, c.StrikeName);
            var upper = row.GetDecimal(c.UpperLimit, "SM_UPPER_LIMIT");
            var lot = row.GetWhole(c.LotSize, c.LotSizeName);
            var freeze = row.GetWhole(c.FreezeQuantity, "SM_FREEZE_QTY");
            return new DhanInstrumentRecord
            {
                Exchange = _pool.Get(exchange),
                SegmentCode = _pool.Get(segment),
                ExchangeSegment = SegmentOf(exchange, segment),
                SecurityId = securityId.ToString(),
                Isin = row.GetOptionalString(c.Isin),
                InstrumentName = _pool.Get(row.GetField(c.Instrument).Trim()),
                InstrumentType = Pooled(row.GetField(c.InstrumentType)),
                UnderlyingSecurityId = Pooled(row.GetField(c.UnderlyingSecurityId)),
                UnderlyingSymbol = c.UnderlyingSymbol >= 0
                    ? Pooled(row.GetField(c.UnderlyingSymbol))
                    : expiry is null ? null : Pooled(UnderlyingFromSymbol(tradingSymbol)),
                TradingSymbol = tradingSymbol.ToString(),
                DisplayName = row.GetOptionalString(c.DisplayName),
                SymbolName = Pooled(row.GetField(c.SymbolName)),
                Series = Pooled(row.GetField(c.Series)),
                LotSize = lot is > 0 ? lot.Value : 1,
                ExpiryDate = expiry,

                // Futures carry -0.01 (and non-derivatives 0 or nothing) where an option has its strike.
                StrikePrice = strike > 0 && optionType != InstrumentOptionType.None ? strike : null,
                OptionType = optionType,
                TickSize = TickSizes.Normalize(row.GetDecimal(c.TickSize, c.TickSizeName), _tickSizeUnit, upper),
                ExpiryFlag = Pooled(row.GetField(c.ExpiryFlag)),
                ExpiryCode = row.GetWhole(c.ExpiryCode, "SEM_EXPIRY_CODE") is { } code ? (int)code : null,
                BracketAllowed = row.GetFlag(c.BracketFlag),
                CoverAllowed = row.GetFlag(c.CoverFlag),
                AsmGsmFlag = Pooled(row.GetField(c.AsmGsmFlag)),
                AsmGsmCategory = Pooled(row.GetField(c.AsmGsmCategory)),
                MtfLeverage = row.GetDecimal(c.MtfLeverage, "MTF_LEVERAGE"),
                UpperCircuit = upper,
                LowerCircuit = row.GetDecimal(c.LowerLimit, "SM_LOWER_LIMIT"),
                FreezeQuantity = freeze is > 0 ? freeze : null,
            };
        }

        private DhanExchangeSegment SegmentOf(ReadOnlySpan<char> exchange, ReadOnlySpan<char> segment)
        {
            if (segment.Length == 1)
            {
                var isNse = exchange.Equals("NSE", StringComparison.OrdinalIgnoreCase);
                var isBse = exchange.Equals("BSE", StringComparison.OrdinalIgnoreCase);
                var known = char.ToUpperInvariant(segment[0]) switch
                {
                    'I' => DhanExchangeSegment.Index,
                    'E' when isNse => DhanExchangeSegment.NseEquity,
                    'E' when isBse => DhanExchangeSegment.BseEquity,
                    'D' when isNse => DhanExchangeSegment.NseFno,
                    'D' when isBse => DhanExchangeSegment.BseFno,
                    'C' when isNse => DhanExchangeSegment.NseCurrency,
                    'C' when isBse => DhanExchangeSegment.BseCurrency,
                    'M' when isNse => DhanExchangeSegment.NseCommodity,
                    'M' when exchange.Equals("MCX", StringComparison.OrdinalIgnoreCase) => DhanExchangeSegment.McxCommodity,
                    _ => default,
                };
                if (known.Value is not null)
                {
                    return known;
                }
            }

            // An exchange/segment pair the SDK does not know keeps a readable, distinct name instead of failing the whole file.
            Span<char> name = stackalloc char[exchange.Length + segment.Length + 1];
            exchange.CopyTo(name);
            name[exchange.Length] = '_';
            segment.CopyTo(name[(exchange.Length + 1)..]);
            return new DhanExchangeSegment(_pool.Get(name));
        }

        private static ReadOnlySpan<char> UnderlyingFromSymbol(ReadOnlySpan<char> tradingSymbol)
        {
            var dash = tradingSymbol.IndexOf('-');
            return dash > 0 ? tradingSymbol[..dash] : tradingSymbol;
        }

        private string? Pooled(ReadOnlySpan<char> field)
        {
            field = field.Trim();
            return InstrumentMasterCsvReader.IsMissing(field) ? null : _pool.Get(field);
        }


    }

    /// <summary>Column positions, from either header.</summary>
    private sealed class Columns
    {
        public int Exchange { get; private init; }

        public int Segment { get; private init; }

        public int SecurityId { get; private init; }

        public int Isin { get; private init; } = -1;

        public int Instrument { get; private init; }

        public int InstrumentType { get; private init; }

        public int UnderlyingSecurityId { get; private init; } = -1;

        public int UnderlyingSymbol { get; private init; } = -1;

        public int TradingSymbol { get; private init; }

        public int DisplayName { get; private init; }

        public int SymbolName { get; private init; } = -1;

        public int Series { get; private init; }

        public int LotSize { get; private init; }

        public required string LotSizeName { get; init; }

        public int Expiry { get; private init; }

        public required string ExpiryName { get; init; }

        public int Strike { get; private init; }

        public required string StrikeName { get; init; }

        public int OptionType { get; private init; }

        public int TickSize { get; private init; }

        public required string TickSizeName { get; init; }

        public int ExpiryFlag { get; private init; }

        public int ExpiryCode { get; private init; } = -1;

        public int BracketFlag { get; private init; } = -1;

        public int CoverFlag { get; private init; } = -1;

        public int AsmGsmFlag { get; private init; } = -1;

        public int AsmGsmCategory { get; private init; } = -1;

        public int MtfLeverage { get; private init; } = -1;

        public int UpperLimit { get; private init; } = -1;

        public int LowerLimit { get; private init; } = -1;

        public int FreezeQuantity { get; private init; } = -1;

        public static Columns From(InstrumentMasterCsvReader map)
        {
            if (map.Contains("SEM_SMST_SECURITY_ID"))
            {
                return new Columns
                {
                    Exchange = map.Required("SEM_EXM_EXCH_ID"),
                    Segment = map.Required("SEM_SEGMENT"),
                    SecurityId = map.Required("SEM_SMST_SECURITY_ID"),
                    Instrument = map.Required("SEM_INSTRUMENT_NAME"),
                    InstrumentType = map.Optional("SEM_EXCH_INSTRUMENT_TYPE"),
                    TradingSymbol = map.Required("SEM_TRADING_SYMBOL"),
                    DisplayName = map.Optional("SEM_CUSTOM_SYMBOL"),
                    SymbolName = map.Optional("SM_SYMBOL_NAME"),
                    Series = map.Optional("SEM_SERIES"),
                    LotSize = map.Required("SEM_LOT_UNITS"),
                    LotSizeName = "SEM_LOT_UNITS",
                    Expiry = map.Required("SEM_EXPIRY_DATE"),
                    ExpiryName = "SEM_EXPIRY_DATE",
                    Strike = map.Required("SEM_STRIKE_PRICE"),
                    StrikeName = "SEM_STRIKE_PRICE",
                    OptionType = map.Required("SEM_OPTION_TYPE"),
                    TickSize = map.Required("SEM_TICK_SIZE"),
                    TickSizeName = "SEM_TICK_SIZE",
                    ExpiryFlag = map.Optional("SEM_EXPIRY_FLAG"),
                    ExpiryCode = map.Optional("SEM_EXPIRY_CODE"),
                };
            }

            if (!map.Contains("SECURITY_ID"))
            {
                throw new InstrumentMasterFormatException(
                    map.SourceName,
                    $"The instrument master '{map.SourceName}' has neither a 'SECURITY_ID' column (detailed master) nor a 'SEM_SMST_SECURITY_ID' column (compact master); it is not a Dhan scrip master the SDK knows. Its header is: {string.Join(",", map.Names)}")
                {
                    ColumnName = "SECURITY_ID",
                };
            }

            return new Columns
            {
                Exchange = map.Required("EXCH_ID"),
                Segment = map.Required("SEGMENT"),
                SecurityId = map.Required("SECURITY_ID"),
                Isin = map.Optional("ISIN"),
                Instrument = map.Required("INSTRUMENT"),
                InstrumentType = map.Optional("INSTRUMENT_TYPE"),
                UnderlyingSecurityId = map.Optional("UNDERLYING_SECURITY_ID"),
                UnderlyingSymbol = map.Required("UNDERLYING_SYMBOL"),
                TradingSymbol = map.Required("SYMBOL_NAME"),
                DisplayName = map.Optional("DISPLAY_NAME"),
                Series = map.Optional("SERIES"),
                LotSize = map.Required("LOT_SIZE"),
                LotSizeName = "LOT_SIZE",
                Expiry = map.Required("SM_EXPIRY_DATE"),
                ExpiryName = "SM_EXPIRY_DATE",
                Strike = map.Required("STRIKE_PRICE"),
                StrikeName = "STRIKE_PRICE",
                OptionType = map.Required("OPTION_TYPE"),
                TickSize = map.Required("TICK_SIZE"),
                TickSizeName = "TICK_SIZE",
                ExpiryFlag = map.Optional("EXPIRY_FLAG"),
                BracketFlag = map.Optional("BRACKET_FLAG"),
                CoverFlag = map.Optional("COVER_FLAG"),
                AsmGsmFlag = map.Optional("ASM_GSM_FLAG"),
                AsmGsmCategory = map.Optional("ASM_GSM_CATEGORY"),
                MtfLeverage = map.Optional("MTF_LEVERAGE"),
                UpperLimit = map.Optional("SM_UPPER_LIMIT"),
                LowerLimit = map.Optional("SM_LOWER_LIMIT"),
                FreezeQuantity = map.Optional("SM_FREEZE_QTY"),
            };
        }
    }
}
