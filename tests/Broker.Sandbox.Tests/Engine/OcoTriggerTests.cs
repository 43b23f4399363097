using Broker.Sandbox.Engine;

namespace Broker.Sandbox.Tests.Engine;

/// <summary>The trigger logic Groww's GTT/OCO smart orders, Dhan's forever orders and super-order legs share.</summary>
public sealed class OcoTriggerTests
{
    [Fact]
    public void A_rising_trigger_is_reached_at_or_above_its_price_and_a_falling_one_at_or_below()
    {
        var rise = new PriceTrigger(100m, TriggerDirection.Rise);
        var fall = new PriceTrigger(100m, TriggerDirection.Fall);

        Assert.Equal((false, true, true), (rise.IsReachedBy(99.95m), rise.IsReachedBy(100m), rise.IsReachedBy(130m)));
        Assert.Equal((false, true, true), (fall.IsReachedBy(100.05m), fall.IsReachedBy(100m), fall.IsReachedBy(70m)));
    }

    [Fact]
    public void A_trigger_set_without_a_direction_waits_for_the_price_to_come_to_it()
    {
        Assert.Equal(TriggerDirection.Rise, PriceTrigger.Toward(1600m, from: 1520m).Direction);
        Assert.Equal(TriggerDirection.Fall, PriceTrigger.Toward(1455m, from: 1520m).Direction);
        Assert.Equal(TriggerDirection.Rise, PriceTrigger.Toward(1520m, from: 1520m).Direction);
    }

    [Fact]
    public void A_single_trigger_fires_as_the_target_once_reached_and_never_as_a_stop_loss()
    {
        var gtt = OcoTrigger.Single(new PriceTrigger(3200m, TriggerDirection.Rise));

        Assert.Equal(OcoLeg.None, gtt.Check(3199.95m));
        Assert.Equal(OcoLeg.Target, gtt.Check(3200m));
        Assert.Equal(OcoLeg.None, OcoTrigger.Single(new PriceTrigger(3200m, TriggerDirection.Fall)).Check(3300m));
    }

    [Fact]
    public void Exit_legs_closing_a_long_take_profit_on_a_rise_and_stop_out_on_a_fall()
    {
        var legs = OcoTrigger.Exit(OrderSide.Sell, target: 1560m, stopLoss: 1490m);

        Assert.Equal(OcoLeg.None, legs.Check(1520m));
        Assert.Equal(OcoLeg.Target, legs.Check(1561m));
        Assert.Equal(OcoLeg.StopLoss, legs.Check(1490m));
    }

    [Fact]
    public void Exit_legs_closing_a_short_take_profit_on_a_fall_and_stop_out_on_a_rise()
    {
        var legs = OcoTrigger.Exit(OrderSide.Buy, target: 1490m, stopLoss: 1560m);

        Assert.Equal(OcoLeg.None, legs.Check(1520m));
        Assert.Equal(OcoLeg.Target, legs.Check(1489m));
        Assert.Equal(OcoLeg.StopLoss, legs.Check(1560.05m));
    }

    [Fact]
    public void When_one_price_reaches_both_legs_only_the_target_fires()
    {
        var bothAbove = new OcoTrigger(new PriceTrigger(1600m, TriggerDirection.Rise), new PriceTrigger(1550m, TriggerDirection.Rise));

        Assert.Equal(OcoLeg.StopLoss, bothAbove.Check(1575m));
        Assert.Equal(OcoLeg.Target, bothAbove.Check(1610m));
    }

    [Fact]
    public void A_leg_that_no_longer_acts_never_fires()
    {
        var stopOnly = OcoTrigger.Exit(OrderSide.Sell, target: null, stopLoss: 1490m);
        var targetOnly = OcoTrigger.Exit(OrderSide.Sell, target: 1560m, stopLoss: null);

        Assert.Equal((OcoLeg.None, OcoLeg.StopLoss), (stopOnly.Check(1600m), stopOnly.Check(1480m)));
        Assert.Equal((OcoLeg.Target, OcoLeg.None), (targetOnly.Check(1600m), targetOnly.Check(1480m)));
    }
}
