using Broker.Instruments;

namespace Broker.Abstractions.Tests.Instruments;

public class InstrumentIndexTests
{
    private sealed record Row(string Segment, string Id, string Symbol)
    {
        public override string ToString() => $"{Segment}:{Id} {Symbol}";
    }

    private static readonly List<Row> Rows =
    [
        new("NSE_EQ", "2885", "RELIANCE"),
        new("NSE_CURRENCY", "2885", "EURINR-OPT"),
        new("BSE_EQ", "500325", "RELIANCE"),
    ];

    [Fact]
    public void A_unique_key_finds_one_instrument()
    {
        var index = new InstrumentIndex<(string, string), Row>(Rows, static (Row r, out (string, string) key) =>
        {
            key = (r.Segment, r.Id);
            return true;
        });

        var result = index.Find(("NSE_EQ", "2885"));

        Assert.Equal(InstrumentLookupStatus.Found, result.Status);
        Assert.Equal("RELIANCE", result.GetSingle().Symbol);
    }

    [Fact]
    public void A_shared_key_reports_every_candidate_in_file_order_and_refuses_to_pick_one()
    {
        var index = new InstrumentIndex<string, Row>(Rows, static (Row r, out string key) => (key = r.Symbol).Length > 0, StringComparer.OrdinalIgnoreCase);

        var result = index.Find("reliance").WithQuery("symbol 'reliance'");

        Assert.Equal(InstrumentLookupStatus.Ambiguous, result.Status);
        Assert.Equal([Rows[0], Rows[2]], result.Candidates);
        Assert.Null(result.Instrument);
        var error = Assert.Throws<AmbiguousInstrumentException>(() => result.GetSingle());
        Assert.Equal(2, error.Candidates.Count);
        Assert.Contains("NSE_EQ:2885 RELIANCE", error.Message, StringComparison.Ordinal);
        Assert.Contains("BSE_EQ:500325 RELIANCE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrowing_an_ambiguous_result_can_make_it_unique()
    {
        var index = new InstrumentIndex<string, Row>(Rows, static (Row r, out string key) => (key = r.Symbol).Length > 0);

        var result = index.Find("RELIANCE").Where(r => r.Segment == "BSE_EQ");

        Assert.Equal("500325", result.GetSingle().Id);
    }

    [Fact]
    public void A_missing_key_is_not_found_and_says_what_was_looked_up()
    {
        var index = new InstrumentIndex<string, Row>(Rows, static (Row r, out string key) => (key = r.Symbol).Length > 0);

        var result = index.Find("TCS").WithQuery("symbol 'TCS'");

        Assert.Equal(InstrumentLookupStatus.NotFound, result.Status);
        Assert.Empty(result.Candidates);
        Assert.Contains("symbol 'TCS'", Assert.Throws<InstrumentNotFoundException>(() => result.GetSingle()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Derivative_keys_match_strikes_by_value_and_underlyings_case_insensitively()
    {
        var a = new DerivativeKey("NIFTY", new DateOnly(2026, 9, 29), 29150.00000m, InstrumentOptionType.Call);
        var b = new DerivativeKey("nifty", new DateOnly(2026, 9, 29), 29150m, InstrumentOptionType.Call);

        Assert.True(DerivativeKey.Comparer.Equals(a, b));
        Assert.Equal(DerivativeKey.Comparer.GetHashCode(a), DerivativeKey.Comparer.GetHashCode(b));
    }
}
