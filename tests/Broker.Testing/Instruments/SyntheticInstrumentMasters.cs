using System.Globalization;
using System.Text;

namespace Broker.Testing.Instruments;

/// <summary>
/// Deterministic, realistic synthetic instrument masters with the brokers' real headers, for tests and benchmarks
/// (Dhan detailed: 250,000 rows; Groww: 170,000 rows by default). The mix follows the real files: a minority of cash
/// instruments and indices, then option chains (CE/PE around a spot, several expiries per underlying) and futures
/// carrying the -0.01 strike placeholder. Security ids repeat across Dhan segments, as they do in the real master.
/// </summary>
public static class SyntheticInstrumentMasters
{
    public const string GrowwHeader =
        "exchange,exchange_token,trading_symbol,groww_symbol,name,instrument_type,segment,series,isin,underlying_symbol,underlying_exchange_token,expiry_date,strike_price,lot_size,tick_size,freeze_quantity,is_reserved,buy_allowed,sell_allowed,internal_trading_symbol,is_intraday";

    public const string GrowwLegacyHeader =
        "exchange,exchange_token,trading_symbol,groww_symbol,name,instrument_type,segment,series,isin,underlying_symbol,underlying_exchange_token,expiry_date,lot_size,strike_price,tick_size,freeze_quantity,is_reserved,buy_allowed,sell_allowed,feed_key";

    public const string DhanCompactHeader =
        "SEM_EXM_EXCH_ID,SEM_SEGMENT,SEM_SMST_SECURITY_ID,SEM_INSTRUMENT_NAME,SEM_EXPIRY_CODE,SEM_TRADING_SYMBOL,SEM_LOT_UNITS,SEM_CUSTOM_SYMBOL,SEM_EXPIRY_DATE,SEM_STRIKE_PRICE,SEM_OPTION_TYPE,SEM_TICK_SIZE,SEM_EXPIRY_FLAG,SEM_EXCH_INSTRUMENT_TYPE,SEM_SERIES,SM_SYMBOL_NAME";

    public const string DhanDetailedHeader =
        "EXCH_ID,SEGMENT,SECURITY_ID,ISIN,INSTRUMENT,UNDERLYING_SECURITY_ID,UNDERLYING_SYMBOL,SYMBOL_NAME,DISPLAY_NAME,INSTRUMENT_TYPE,SERIES,LOT_SIZE,SM_EXPIRY_DATE,STRIKE_PRICE,OPTION_TYPE,TICK_SIZE,EXPIRY_FLAG,BRACKET_FLAG,COVER_FLAG,ASM_GSM_FLAG,ASM_GSM_CATEGORY,BUY_SELL_INDICATOR,BUY_CO_MIN_MARGIN_PER,BUY_CO_SL_RANGE_MAX_PERC,BUY_CO_SL_RANGE_MIN_PERC,BUY_BO_MIN_MARGIN_PER,BUY_BO_PROFIT_RANGE_MAX_PERC,BUY_BO_PROFIT_RANGE_MIN_PERC,MTF_LEVERAGE,SM_UPPER_LIMIT,SM_LOWER_LIMIT,SM_FREEZE_QTY,";

    private static readonly string[] Underlyings =
    [
        "NIFTY", "BANKNIFTY", "FINNIFTY", "MIDCPNIFTY", "RELIANCE", "HDFCBANK", "ICICIBANK", "INFY", "TCS", "SBIN", "ITC", "LT", "AXISBANK",
        "KOTAKBANK", "BHARTIARTL", "HINDUNILVR", "BAJFINANCE", "MARUTI", "TATAMOTORS", "SUNPHARMA", "WIPRO", "ONGC", "NTPC", "POWERGRID",
    ];

    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>Writes a Dhan detailed scrip master (UTF-8, no BOM, trailing comma on every line as in the real file).</summary>
    public static void WriteDhanDetailed(Stream destination, int rows = 250_000)
    {
        using var writer = new StreamWriter(destination, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        writer.Write(DhanDetailedHeader);
        writer.Write('\n');
        var line = new StringBuilder(256);
        var cash = rows / 12;
        for (var i = 0; i < rows; i++)
        {
            line.Clear();
            if (i < cash)
            {
                var exchange = i % 3 == 2 ? "BSE" : "NSE";
                var isIndex = i % 97 == 0;
                var id = 1000 + i;
                var price = 50m + (i % 4000);
                line.Append(CultureInfo.InvariantCulture, $"{exchange},{(isIndex ? "I" : "E")},{id},{(isIndex ? "NA" : $"INE{id:D6}A01")},{(isIndex ? "INDEX" : "EQUITY")},,,STOCK{i},Stock {i} Ltd,{(isIndex ? "INDEX" : "ES")},{(isIndex ? "NA" : "EQ")},1.0,,,,{(isIndex ? "0.0500" : "5.0000")},NA,N,N,N,NA,A,0,0,0,0,0,0,{(i % 4 == 0 ? "4.00" : "1.00")},{price * 1.2m:0.00},{price * 0.8m:0.00},0,");
            }
            else
            {
                var d = i - cash;
                var underlying = Underlyings[d % Underlyings.Length];
                var expiry = new DateOnly(2026, 9, 24).AddDays(7 * ((d / Underlyings.Length) % 12));
                var futures = d % 41 == 0;
                var seq = d / (Underlyings.Length * 12);
                var strike = 1000 + (seq / 2 * 50);
                var optionType = seq % 2 == 0 ? "CE" : "PE";
                var currency = d % 500 == 7;
                var segment = currency ? "C" : "D";
                var id = currency ? 1000 + (d % cash) : 35000 + d;
                var month = Months[expiry.Month - 1];
                var lot = 25 + (d % Underlyings.Length * 25);
                if (futures)
                {
                    line.Append(CultureInfo.InvariantCulture, $"NSE,{segment},{id},NA,FUTIDX,26000,{underlying},{underlying}-{month}{expiry.Year}-FUT-{d},{underlying} {month.ToUpperInvariant()} FUT,FF,NA,{lot}.0,{expiry:yyyy-MM-dd},-0.01000,XX,0.0500,M,N,N,N,NA,A,0,0,0,0,0,0,0,26050.0000,20450.0000,1800,");
                }
                else
                {
                    var upper = 20.1m + (d % 500);
                    line.Append(CultureInfo.InvariantCulture, $"NSE,{segment},{id},NA,OPTIDX,26000,{underlying},{underlying}-{month}{expiry.Year}-{strike}-{optionType},{underlying} {expiry.Day} {month.ToUpperInvariant()} {strike} {(optionType == "CE" ? "CALL" : "PUT")},OP,NA,{lot}.0,{expiry:yyyy-MM-dd},{strike}.00000,{optionType},5.0000,{(d % 3 == 0 ? "M" : "W")},N,N,N,NA,A,0,0,0,0,0,0,0,{upper:0.0000},0.0500,1756,");
                }
            }

            line.Append('\n');
            writer.Write(line);
        }
    }

    /// <summary>Writes a Dhan compact scrip master (16 <c>SEM_*</c> columns, tick sizes in paise).</summary>
    public static void WriteDhanCompact(Stream destination, int rows = 200_000)
    {
        using var writer = new StreamWriter(destination, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        writer.Write(DhanCompactHeader);
        writer.Write('\n');
        var cash = rows / 12;
        for (var i = 0; i < rows; i++)
        {
            if (i < cash)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"NSE,E,{1000 + i},EQUITY,0,STOCK{i},1.0,Stock {i},,,,5.0000,NA,ES,EQ,STOCK {i} LTD\n"));
                continue;
            }

            var d = i - cash;
            var underlying = Underlyings[d % Underlyings.Length];
            var expiry = new DateOnly(2026, 9, 24).AddDays(7 * ((d / Underlyings.Length) % 12));
            var seq = d / (Underlyings.Length * 12);
            var strike = 1000 + (seq / 2 * 50);
            var optionType = seq % 2 == 0 ? "CE" : "PE";
            var month = Months[expiry.Month - 1];
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"NSE,D,{35000 + d},OPTIDX,{d % 12},{underlying}-{month}{expiry.Year}-{strike}-{optionType},75.0,{underlying} {expiry.Day} {month.ToUpperInvariant()} {strike} {(optionType == "CE" ? "CALL" : "PUT")},{expiry:yyyy-MM-dd} 14:30:00,{strike}.00000,{optionType},5.0000,W,OP,NA,{underlying}\n"));
        }
    }

    /// <summary>Writes a Groww master with the current 21-column header (or the 2025 20-column one).</summary>
    public static void WriteGroww(Stream destination, int rows = 170_000, bool legacyHeader = false)
    {
        using var writer = new StreamWriter(destination, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        writer.Write(legacyHeader ? GrowwLegacyHeader : GrowwHeader);
        writer.Write('\n');
        var cash = rows / 10;
        for (var i = 0; i < rows; i++)
        {
            string exchange, token, tradingSymbol, growwSymbol, name, type, segment, series, isin, underlying, underlyingToken, expiry, strike, lot, freeze;
            if (i < cash)
            {
                exchange = i % 2 == 0 ? "NSE" : "BSE";
                token = (1000 + (i / 2)).ToString(CultureInfo.InvariantCulture);
                tradingSymbol = string.Create(CultureInfo.InvariantCulture, $"STOCK{i / 2}");
                growwSymbol = exchange + "-" + tradingSymbol;
                name = string.Create(CultureInfo.InvariantCulture, $"Stock {i / 2} Limited");
                type = "EQ";
                segment = "CASH";
                series = "EQ";
                isin = string.Create(CultureInfo.InvariantCulture, $"INE{i / 2:D6}A01");
                underlying = underlyingToken = expiry = strike = string.Empty;
                lot = "1";
                freeze = "0";
            }
            else
            {
                var d = i - cash;
                underlying = Underlyings[d % Underlyings.Length];
                var date = new DateOnly(2026, 9, 24).AddDays(7 * ((d / Underlyings.Length) % 12));
                var futures = d % 41 == 0;
                var seq = d / (Underlyings.Length * 12);
                var strikeValue = 1000 + (seq / 2 * 50);
                type = futures ? "FUT" : seq % 2 == 0 ? "CE" : "PE";
                exchange = "NSE";
                token = (35000 + d).ToString(CultureInfo.InvariantCulture);
                var month = Months[date.Month - 1];
                tradingSymbol = futures
                    ? string.Create(CultureInfo.InvariantCulture, $"{underlying}{date:yy}{month.ToUpperInvariant()}FUT{d}")
                    : string.Create(CultureInfo.InvariantCulture, $"{underlying}{date:yy}{month.ToUpperInvariant()}{strikeValue}{type}");
                growwSymbol = futures
                    ? string.Create(CultureInfo.InvariantCulture, $"NSE-{underlying}-{date.Day:D2}{month}{date:yy}-FUT-{d}")
                    : string.Create(CultureInfo.InvariantCulture, $"NSE-{underlying}-{date.Day:D2}{month}{date:yy}-{strikeValue}-{type}");
                name = string.Empty;
                segment = "FNO";
                series = isin = string.Empty;
                underlyingToken = (26000 + (d % Underlyings.Length)).ToString(CultureInfo.InvariantCulture);
                expiry = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                strike = futures ? "-0.01" : strikeValue.ToString(CultureInfo.InvariantCulture);
                lot = (25 + (d % Underlyings.Length * 25)).ToString(CultureInfo.InvariantCulture);
                freeze = "1801";
            }

            var lotAndStrike = legacyHeader ? $"{lot},{strike}" : $"{strike},{lot}";
            var tail = legacyHeader ? $",{exchange}_{token}" : $",{tradingSymbol},{(i % 3 == 0 ? 0 : 1)}";
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{exchange},{token},{tradingSymbol},{growwSymbol},{name},{type},{segment},{series},{isin},{underlying},{underlyingToken},{expiry},{lotAndStrike},0.05,{freeze},0,1,1{tail}\n"));
        }
    }

    /// <summary>The master as bytes, for tests that need a stream.</summary>
    public static byte[] ToBytes(Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }
}
