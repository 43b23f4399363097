using Broker.Errors;
using Broker.Instruments;

namespace Broker.Abstractions.Tests.Instruments;

public class InstrumentOrderChecksTests
{
    private static readonly TestInstrument Nifty = new("NSE_FNO:35084 NIFTY-Sep2026-29150-CE", 65, 0.05m, 1800);

    [Fact]
    public void A_valid_order_passes() => InstrumentOrderChecks.Validate(Nifty, 130, 101.05m, 100.50m);

    [Fact]
    public void A_quantity_off_the_lot_size_is_refused_naming_the_instrument_and_the_nearest_valid_quantities()
    {
        var error = Assert.Throws<BrokerValidationException>(() => InstrumentOrderChecks.Validate(Nifty, 100, 101m));

        Assert.Equal("Quantity", error.ParameterName);
        Assert.Contains("lot size 65", error.Message, StringComparison.Ordinal);
        Assert.Contains("NIFTY-Sep2026-29150-CE", error.Message, StringComparison.Ordinal);
        Assert.Contains("65 or 130", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_price_off_the_tick_size_is_refused()
    {
        var error = Assert.Throws<BrokerValidationException>(() => InstrumentOrderChecks.Validate(Nifty, 65, 101.03m));

        Assert.Equal("Price", error.ParameterName);
        Assert.Contains("tick size 0.05", error.Message, StringComparison.Ordinal);
        Assert.Contains("NIFTY-Sep2026-29150-CE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trigger_price_off_the_tick_size_is_refused() =>
        Assert.Equal("TriggerPrice", Assert.Throws<BrokerValidationException>(() => InstrumentOrderChecks.Validate(Nifty, 65, 101m, 99.99m)).ParameterName);

    [Fact]
    public void A_quantity_at_the_freeze_quantity_is_refused()
    {
        var atFreeze = new TestInstrument("NSE_FNO:1 X", 1, 0.05m, 1800);

        var error = Assert.Throws<BrokerValidationException>(() => InstrumentOrderChecks.Validate(atFreeze, 1800));

        Assert.Contains("freeze quantity 1800", error.Message, StringComparison.Ordinal);
        InstrumentOrderChecks.Validate(atFreeze, 1799);
    }

    [Fact]
    public void Market_orders_without_a_price_skip_the_tick_check() => InstrumentOrderChecks.Validate(Nifty, 65, 0m);

    [Fact]
    public void A_zero_quantity_is_refused() =>
        Assert.Equal("Quantity", Assert.Throws<BrokerValidationException>(() => InstrumentOrderChecks.Validate(Nifty, 0)).ParameterName);

    private sealed record TestInstrument(string Description, long LotSize, decimal? TickSize, long? FreezeQuantity) : ITradableInstrument;
}
