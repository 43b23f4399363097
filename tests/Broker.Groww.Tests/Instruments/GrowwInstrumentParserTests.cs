using System.Text;
using Broker.Groww.Instruments;
using Broker.Instruments;
using Broker.Testing.Instruments;

namespace Broker.Groww.Tests.Instruments;

public class GrowwInstrumentParserTests
{
    private static readonly DateTimeOffset LoadedAt = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(5.5));

    private const string CurrentRows =
        "NSE,2885,RELIANCE,NSE-RELIANCE,Reliance Industries,EQ,CASH,EQ,INE002A01018,,,,,1,0.05,0,0,1,1,RELIANCE,1\n" +
        "BSE,500325,RELIANCE,BSE-RELIANCE,Reliance Industries,EQ,CASH,A,INE002A01018,,,,,1,0.05,0,0,1,1,RELIANCE,1\n" +
        "NSE,35084,NIFTY29SEP26C29150,NSE-NIFTY-29Sep26-29150-CE,,CE,FNO,,,NIFTY,NIFTY,2026-09-29,29150,65,0.05,1800,0,1,1,NIFTY29SEP26C29150,0\n" +
        "NSE,49081,NIFTY26SEPFUT,NSE-NIFTY-29Sep26-FUT,,FUT,FNO,,,NIFTY,NIFTY,2026-09-29,-0.01,65,0.05,1800,0,1,1,NIFTY26SEPFUT,0\n" +
        "NSE,NIFTY,NIFTY,NSE-NIFTY,,IDX,CASH,,,,,,,,,,0,0,0,NIFTY,0\n";

    [Fact]
    public async Task The_current_header_parses_into_typed_records()
    {
        var snapshot = await ParseAsync(SyntheticInstrumentMasters.GrowwHeader + "\n" + CurrentRows);

        var option = snapshot.FindByExchangeToken(GrowwExchange.Nse, GrowwSegment.Fno, "35084").GetSingle();
        Assert.Equal("NIFTY29SEP26C29150", option.TradingSymbol);
        Assert.Equal("NSE-NIFTY-29Sep26-29150-CE", option.GrowwSymbol);
        Assert.Equal(new DateOnly(2026, 9, 29), option.ExpiryDate);
        Assert.Equal(29150m, option.StrikePrice);
        Assert.Equal(InstrumentOptionType.Call, option.OptionType);
        Assert.Equal(65, option.LotSize);
        Assert.Equal(0.05m, option.TickSize);
        Assert.Equal(1800, option.FreezeQuantity);
        Assert.Equal(false, option.IsIntraday);
        Assert.Equal(LoadedAt, snapshot.LoadedAt);
    }

    [Fact]
    public async Task The_older_header_with_lot_size_and_strike_swapped_gives_the_same_values()
    {
        var legacy = SyntheticInstrumentMasters.GrowwLegacyHeader + "\n" +
            "NSE,35084,NIFTY29SEP26C29150,NSE-NIFTY-29Sep26-29150-CE,,CE,FNO,,,NIFTY,NIFTY,2026-09-29,65,29150,0.05,1800,0,1,1,NSE_35084\n";

        var option = (await ParseAsync(legacy)).FindByExchangeToken(GrowwExchange.Nse, GrowwSegment.Fno, "35084").GetSingle();

        Assert.Equal(29150m, option.StrikePrice);
        Assert.Equal(65, option.LotSize);
        Assert.Equal("NSE_35084", option.FeedKey);
        Assert.Null(option.InternalTradingSymbol);
    }

    [Fact]
    public async Task A_header_with_only_the_documented_columns_and_literal_NaN_values_parses()
    {
        var documented = "exchange,exchange_token,trading_symbol,groww_symbol,name,instrument_type,segment,series,isin,underlying_symbol,underlying_exchange_token,expiry_date,strike_price,lot_size,tick_size,freeze_quantity,is_reserved,buy_allowed,sell_allowed\n" +
            "NSE,11,BANKNIFTY29SEP26C51200,x,NaN,CE,FNO,NaN,NaN,BANKNIFTY,26009,2026-09-29,51200,30,0.05,601,0,1,1\n";

        var option = (await ParseAsync(documented)).FindByTradingSymbol("BANKNIFTY29SEP26C51200").GetSingle();

        Assert.Null(option.Name);
        Assert.Null(option.Series);
        Assert.Equal(51200m, option.StrikePrice);
        Assert.Equal(601, option.FreezeQuantity);
    }

    [Fact]
    public async Task The_futures_strike_placeholder_reads_as_no_strike()
    {
        var future = (await ParseAsync(SyntheticInstrumentMasters.GrowwHeader + "\n" + CurrentRows)).FindByExchangeToken(GrowwExchange.Nse, GrowwSegment.Fno, "49081").GetSingle();

        Assert.Null(future.StrikePrice);
        Assert.Equal(InstrumentOptionType.None, future.OptionType);
    }

    [Fact]
    public async Task A_missing_required_column_fails_naming_it()
    {
        var header = SyntheticInstrumentMasters.GrowwHeader.Replace(",tick_size", string.Empty, StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<InstrumentMasterFormatException>(() => ParseAsync(header + "\nNSE,1,A,NSE-A,,EQ,CASH,EQ,,,,,,1,0,0,1,1,A,1\n"));

        Assert.Equal("tick_size", error.ColumnName);
        Assert.Contains("'tick_size'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_number_fails_naming_the_column_and_record()
    {
        var error = await Assert.ThrowsAsync<InstrumentMasterFormatException>(() => ParseAsync(
            SyntheticInstrumentMasters.GrowwHeader + "\nNSE,1,A,NSE-A,,EQ,CASH,EQ,,,,,,lots,0.05,0,0,1,1,A,1\n"));

        Assert.Equal("lot_size", error.ColumnName);
        Assert.Equal(2, error.RecordNumber);
    }

    [Fact]
    public async Task Rows_without_an_identity_are_skipped_and_counted()
    {
        var snapshot = await ParseAsync(SyntheticInstrumentMasters.GrowwHeader + "\n" + CurrentRows + "NSE,,,,,EQ,CASH,,,,,,,1,0.05,0,0,1,1,,0\n");

        Assert.Equal(5, snapshot.Count);
        Assert.Equal(1, snapshot.SkippedRows);
    }

    [Fact]
    public async Task A_trading_symbol_on_two_exchanges_is_ambiguous_until_narrowed()
    {
        var snapshot = await ParseAsync(SyntheticInstrumentMasters.GrowwHeader + "\n" + CurrentRows);

        var both = snapshot.FindByTradingSymbol("reliance");

        Assert.Equal(InstrumentLookupStatus.Ambiguous, both.Status);
        Assert.Equal(["NSE", "BSE"], both.Candidates.Select(c => c.Exchange.Value));
        Assert.Throws<AmbiguousInstrumentException>(() => both.GetSingle());
        Assert.Equal("500325", snapshot.FindByTradingSymbol("RELIANCE", GrowwExchange.Bse, GrowwSegment.Cash).GetSingle().ExchangeToken);
    }

    [Fact]
    public async Task Look_ups_by_groww_symbol_index_name_token_and_contract_work()
    {
        var snapshot = await ParseAsync(SyntheticInstrumentMasters.GrowwHeader + "\n" + CurrentRows);

        Assert.Equal("2885", snapshot.FindByGrowwSymbol("NSE-RELIANCE").GetSingle().ExchangeToken);
        Assert.Equal("IDX", snapshot.FindByExchangeToken(GrowwExchange.Nse, GrowwSegment.Cash, "NIFTY").GetSingle().InstrumentType);
        Assert.Equal("35084", snapshot.FindDerivative("NIFTY", new DateOnly(2026, 9, 29), 29150m, InstrumentOptionType.Call).GetSingle().ExchangeToken);
        Assert.Equal("49081", snapshot.FindDerivative("nifty", new DateOnly(2026, 9, 29), null, InstrumentOptionType.None).GetSingle().ExchangeToken);
        Assert.Equal(InstrumentLookupStatus.NotFound, snapshot.FindDerivative("NIFTY", new DateOnly(2026, 9, 29), 29200m, InstrumentOptionType.Put).Status);
    }

    [Fact]
    public async Task A_generated_master_of_the_real_size_parses_completely()
    {
        var bytes = SyntheticInstrumentMasters.ToBytes(s => SyntheticInstrumentMasters.WriteGroww(s, 20_000));

        var snapshot = await GrowwInstrumentParser.ParseAsync(new MemoryStream(bytes), "generated", LoadedAt);

        Assert.Equal(20_000, snapshot.Count);
        Assert.Equal(0, snapshot.SkippedRows);
    }

    private static Task<GrowwInstrumentSnapshot> ParseAsync(string csv) =>
        GrowwInstrumentParser.ParseAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "instrument.csv", LoadedAt);
}
