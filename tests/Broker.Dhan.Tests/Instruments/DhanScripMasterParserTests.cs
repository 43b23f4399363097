using System.Text;
using Broker.Dhan.Instruments;
using Broker.Instruments;
using Broker.Testing.Instruments;

namespace Broker.Dhan.Tests.Instruments;

public class DhanScripMasterParserTests
{
    private static readonly DateTimeOffset LoadedAt = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(5.5));

    private const string CompactRows =
        "NSE,E,2885,EQUITY,0,RELIANCE,1.0,Reliance Industries,,,,10.0000,NA,ES,EQ,RELIANCE INDUSTRIES LTD\n" +
        "NSE,E,11536,EQUITY,0,TCS,1.0,Tata Consultancy,,,,5.0000,NA,ES,EQ,TATA CONSULTANCY LTD\n" +
        "NSE,I,13,INDEX,0,NIFTY,1.0,Nifty 50,0001-01-01,,XX,0.0500,,INDEX,X,NIFTY\n" +
        "NSE,C,2885,OPTCUR,0,EURINR-Sep2026-90-CE,1000.0,EURINR 90 CE,2026-09-26 12:30:00,90.00000,CE,0.2500,M,OP,NA,EURINR\n" +
        "NSE,E,928,EQUITY,0,ELECTCAST,1.0,Electrosteel,,,,5.0000,NA,ES,EQ,ELECTROSTEEL CASTINGS LTD\n" +
        "NSE,E,18116,EQUITY,0,ELECTCAST,33340.0,Electcast Warrants,,,,5.0000,NA,ES,W1,ELECTCAST WARRANTS\n";

    private const string DetailedRows =
        "NSE,D,35084,NA,OPTIDX,26000,NIFTY,NIFTY-Sep2026-29150-CE,NIFTY 29 SEP 29150 CALL,OP,NA,65.0,2026-09-29,29150.00000,CE,5.0000,M,N,N,N,NA,A,0,0,0,0,0,0,0,20.1000,0.0500,1756,\n" +
        "NSE,D,49081,NA,FUTIDX,26000,NIFTY,NIFTY-Sep2026-FUT,NIFTY SEP FUT,FF,NA,65.0,2026-09-29,-0.01000,XX,0.0500,M,N,N,N,NA,A,0,0,0,0,0,0,0,26050.0000,20450.0000,1800,\n" +
        "NSE,E,2885,INE002A01018,EQUITY,,,RELIANCE,Reliance Industries,ES,EQ,1.0,,,,0.1000,NA,Y,Y,N,NA,A,0,0,0,0,0,0,4.00,1650.00,1350.00,0,\n";

    [Fact]
    public async Task The_compact_master_parses_with_paise_tick_sizes_normalised_to_rupees()
    {
        var snapshot = await ParseAsync(SyntheticInstrumentMasters.DhanCompactHeader + "\n" + CompactRows);

        var reliance = snapshot.FindBySecurityId(DhanExchangeSegment.NseEquity, "2885").GetSingle();
        Assert.Equal("RELIANCE", reliance.TradingSymbol);
        Assert.Equal("RELIANCE INDUSTRIES LTD", reliance.SymbolName);
        Assert.Equal(0.10m, reliance.TickSize);
        Assert.Equal(1, reliance.LotSize);
        Assert.Null(reliance.ExpiryDate);
        Assert.Equal(0.05m, snapshot.FindBySecurityId(DhanExchangeSegment.Index, "13").GetSingle().TickSize);
    }

    [Fact]
    public async Task A_security_id_is_unique_only_within_its_segment()
    {
        var snapshot = await ParseAsync(SyntheticInstrumentMasters.DhanCompactHeader + "\n" + CompactRows);

        var equity = snapshot.FindBySecurityId(DhanExchangeSegment.NseEquity, "2885").GetSingle();
        var currency = snapshot.FindBySecurityId(DhanExchangeSegment.NseCurrency, "2885").GetSingle();

        Assert.Equal("RELIANCE", equity.TradingSymbol);
        Assert.Equal("EURINR-Sep2026-90-CE", currency.TradingSymbol);
        Assert.Equal(new DateOnly(2026, 9, 26), currency.ExpiryDate);
        Assert.Equal("EURINR", currency.UnderlyingSymbol);
        Assert.Equal(new DhanInstrument(DhanExchangeSegment.NseCurrency, "2885"), currency.Instrument);
    }

    [Fact]
    public async Task A_symbol_in_two_series_is_ambiguous_and_reports_both_until_the_series_is_given()
    {
        var snapshot = await ParseAsync(SyntheticInstrumentMasters.DhanCompactHeader + "\n" + CompactRows);

        var result = snapshot.FindByTradingSymbol("ELECTCAST", DhanExchangeSegment.NseEquity);

        Assert.Equal(InstrumentLookupStatus.Ambiguous, result.Status);
        Assert.Equal(["928", "18116"], result.Candidates.Select(c => c.SecurityId));
        var error = Assert.Throws<AmbiguousInstrumentException>(() => result.GetSingle());
        Assert.Contains("NSE_EQ:18116", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, snapshot.FindByTradingSymbol("ELECTCAST", DhanExchangeSegment.NseEquity, "EQ").GetSingle().LotSize);
    }

    [Fact]
    public async Task The_detailed_master_with_its_trailing_comma_parses_every_column()
    {
        var snapshot = await ParseAsync(SyntheticInstrumentMasters.DhanDetailedHeader + "\n" + DetailedRows);

        var option = snapshot.FindBySecurityId(DhanExchangeSegment.NseFno, "35084").GetSingle();
        Assert.Equal("NIFTY", option.UnderlyingSymbol);
        Assert.Equal("26000", option.UnderlyingSecurityId);
        Assert.Equal("NIFTY-Sep2026-29150-CE", option.TradingSymbol);
        Assert.Equal("NIFTY 29 SEP 29150 CALL", option.DisplayName);
        Assert.Equal(65, option.LotSize);
        Assert.Equal(29150m, option.StrikePrice);
        Assert.Equal(InstrumentOptionType.Call, option.OptionType);
        Assert.Equal(0.05m, option.TickSize); // 5.0000 against a ₹20.10 upper circuit: paise
        Assert.Equal(1756, option.FreezeQuantity);
        Assert.Equal("M", option.ExpiryFlag);
        Assert.Null(snapshot.FindBySecurityId(DhanExchangeSegment.NseEquity, "2885").GetSingle().FreezeQuantity);
    }

    [Fact]
    public async Task The_futures_strike_placeholder_reads_as_no_strike_and_the_future_is_found_by_contract()
    {
        var snapshot = await ParseAsync(SyntheticInstrumentMasters.DhanDetailedHeader + "\n" + DetailedRows);

        var future = snapshot.FindDerivative("NIFTY", new DateOnly(2026, 9, 29), null, InstrumentOptionType.None).GetSingle();

        Assert.Equal("49081", future.SecurityId);
        Assert.Null(future.StrikePrice);
        Assert.Equal(0.05m, future.TickSize);
        Assert.Equal("35084", snapshot.FindDerivative("NIFTY", new DateOnly(2026, 9, 29), 29150m, InstrumentOptionType.Call, DhanExchangeSegment.NseFno).GetSingle().SecurityId);
    }

    [Fact]
    public async Task A_configured_tick_size_unit_overrides_the_automatic_rule()
    {
        var snapshot = await DhanScripMasterParser.ParseAsync(
            new MemoryStream(Encoding.UTF8.GetBytes(SyntheticInstrumentMasters.DhanDetailedHeader + "\n" + DetailedRows)), "m.csv", LoadedAt, TickSizeUnit.Paise);

        Assert.Equal(0.0005m, snapshot.FindBySecurityId(DhanExchangeSegment.NseFno, "49081").GetSingle().TickSize);
    }

    [Fact]
    public async Task A_detailed_master_missing_a_required_column_fails_naming_it()
    {
        var header = SyntheticInstrumentMasters.DhanDetailedHeader.Replace("LOT_SIZE,", string.Empty, StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<InstrumentMasterFormatException>(() => ParseAsync(header + "\n"));

        Assert.Equal("LOT_SIZE", error.ColumnName);
    }

    [Fact]
    public async Task A_file_that_is_neither_master_is_refused_naming_both_id_columns()
    {
        var error = await Assert.ThrowsAsync<InstrumentMasterFormatException>(() => ParseAsync("<html><body>maintenance</body></html>\n"));

        Assert.Contains("SECURITY_ID", error.Message, StringComparison.Ordinal);
        Assert.Contains("SEM_SMST_SECURITY_ID", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reordered_and_extra_columns_are_tolerated()
    {
        var csv = "SELL_CO_MIN_MARGIN_PER,SECURITY_ID,SEGMENT,EXCH_ID,TICK_SIZE,OPTION_TYPE,STRIKE_PRICE,SM_EXPIRY_DATE,LOT_SIZE,SYMBOL_NAME,UNDERLYING_SYMBOL,INSTRUMENT\n" +
            "0,1333,E,NSE,0.05,,,,1.0,HDFCBANK,,EQUITY\n";

        var hdfc = (await ParseAsync(csv)).FindByTradingSymbol("HDFCBANK").GetSingle();

        Assert.Equal(new DhanInstrument(DhanExchangeSegment.NseEquity, "1333"), hdfc.Instrument);
    }

    [Fact]
    public async Task A_generated_detailed_master_parses_completely()
    {
        var bytes = SyntheticInstrumentMasters.ToBytes(s => SyntheticInstrumentMasters.WriteDhanDetailed(s, 20_000));

        var snapshot = await DhanScripMasterParser.ParseAsync(new MemoryStream(bytes), "generated", LoadedAt);

        Assert.Equal(20_000, snapshot.Count);
    }

    private static Task<DhanInstrumentSnapshot> ParseAsync(string csv) =>
        DhanScripMasterParser.ParseAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "scrip-master.csv", LoadedAt);
}
