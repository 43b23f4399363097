using Broker.Sandbox.Engine;

namespace Broker.Sandbox.Tests.Engine;

public sealed class TickDispatcherTests
{
    private static readonly TickStage[] DocumentedOrder =
    [
        TickStage.RestingOrderFills, TickStage.SmartOrders, TickStage.ForeverOrders, TickStage.SuperOrderLegs,
        TickStage.ConditionalTriggers, TickStage.PnlExit, TickStage.Feeds,
    ];

    private static InstrumentState Tcs() => new(new SandboxInstrument { TradingSymbol = "TCS", DhanSecurityId = "11536", Price = 3150m });

    [Fact]
    public void Stages_run_in_the_documented_order_whatever_order_they_were_registered_in()
    {
        var dispatcher = new TickDispatcher();
        var ran = new List<TickStage>();
        foreach (var stage in DocumentedOrder.Reverse())
        {
            dispatcher.Register(stage, _ => ran.Add(stage));
        }

        dispatcher.Dispatch(Tcs());

        Assert.Equal(DocumentedOrder, ran);
        Assert.Equal(DocumentedOrder, dispatcher.Stages);
    }

    [Fact]
    public void Each_stage_hands_the_ticked_instrument_and_reports_completion_after_its_handler()
    {
        var dispatcher = new TickDispatcher();
        var events = new List<string>();
        dispatcher.Register(TickStage.Feeds, i => events.Add("feeds " + i.TradingSymbol));
        dispatcher.Register(TickStage.RestingOrderFills, i => events.Add("fills " + i.TradingSymbol));
        dispatcher.StageCompleted += (stage, i) => events.Add($"done {stage}");

        dispatcher.Dispatch(Tcs());

        Assert.Equal(["fills TCS", "done RestingOrderFills", "feeds TCS", "done Feeds"], events);
    }

    [Fact]
    public void A_stage_takes_one_handler_so_its_place_in_the_order_is_unambiguous()
    {
        var dispatcher = new TickDispatcher();
        dispatcher.Register(TickStage.PnlExit, _ => { });

        Assert.Throws<InvalidOperationException>(() => dispatcher.Register(TickStage.PnlExit, _ => { }));
    }

    [Fact]
    public void An_unregistered_stage_is_skipped_on_later_ticks()
    {
        var dispatcher = new TickDispatcher();
        var ran = new List<TickStage>();
        dispatcher.Register(TickStage.RestingOrderFills, _ => ran.Add(TickStage.RestingOrderFills));
        dispatcher.Register(TickStage.Feeds, _ => ran.Add(TickStage.Feeds));

        dispatcher.Unregister(TickStage.Feeds);
        dispatcher.Dispatch(Tcs());

        Assert.Equal([TickStage.RestingOrderFills], ran);
    }

    [Fact]
    public async Task A_running_sandbox_has_every_stage_registered_in_the_documented_order()
    {
        await using var sandbox = await BrokerSandbox.StartAsync(new SandboxOptions());

        Assert.Equal(DocumentedOrder, sandbox.Context.Ticks.Stages);
    }
}
