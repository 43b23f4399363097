using Broker.Dhan;
using Broker.Dhan.Orders;
using Broker.Errors;
using Broker.Groww;
using Broker.Groww.Orders;
using Broker.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.IntegrationTests.Sandbox;

/// <summary>
/// Both brokers accept an order and decide later: <c>WaitForFinalStatusAsync</c> follows it to a known outcome and
/// hands back the broker's reason for a rejection.
/// </summary>
public sealed class WaitForFinalStatusTests : IAsyncLifetime
{
    private static readonly TimeSpan Patient = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Quick = TimeSpan.FromMilliseconds(100);
    private BrokerSandbox _sandbox = null!;
    private ServiceProvider _provider = null!;

    private IGrowwOrdersClient Groww => _provider.GetRequiredService<IGrowwClient>().Orders;

    private IDhanOrdersClient Dhan => _provider.GetRequiredService<IDhanClient>().Orders;

    public async Task InitializeAsync()
    {
        _sandbox = await BrokerSandbox.StartAsync();
        var services = new ServiceCollection();
        services.AddGrowwClient(_ => { }).UseSandbox(_sandbox);
        services.AddDhanClient(_ => { }).UseSandbox(_sandbox);
        _provider = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task A_groww_order_refused_after_placement_comes_back_rejected_with_growws_reason()
    {
        var placement = await Groww.PlaceOrderAsync(GrowwBuy("RELIANCE", quantity: 100_000, price: 1420m));

        var order = await Groww.WaitForFinalStatusAsync(placement.GrowwOrderId!, GrowwSegment.Cash, Patient);

        Assert.NotNull(order);
        Assert.True(order.IsRejected);
        Assert.Equal(GrowwOrderStatus.Rejected, order.OrderStatus);
        Assert.False(string.IsNullOrWhiteSpace(order.RejectionReason));
        Assert.Equal(order.Remark, order.RejectionReason);
    }

    [Fact]
    public async Task A_resting_groww_order_is_read_again_until_it_fills()
    {
        var placement = await Groww.PlaceOrderAsync(GrowwBuy("TCS", quantity: 1, price: 3000m));
        var firstRead = _sandbox.Requests.WhenCountReachesAsync(SandboxEndpointNames.GrowwOrdersDetail, 1);

        var waiting = Groww.WaitForFinalStatusAsync(placement.GrowwOrderId!, GrowwSegment.Cash, Patient, Quick);
        await firstRead.WaitAsync(Patient);
        _sandbox.Market.SetPrice("TCS", 2990m);
        var order = await waiting;

        Assert.NotNull(order);
        Assert.Equal(GrowwOrderStatus.Executed, order.OrderStatus);
        Assert.False(order.IsRejected);
        Assert.Null(order.RejectionReason);
    }

    [Fact]
    public async Task A_groww_order_still_resting_at_the_deadline_comes_back_as_last_read()
    {
        var placement = await Groww.PlaceOrderAsync(GrowwBuy("INFY", quantity: 1, price: 1400m));

        var order = await Groww.WaitForFinalStatusAsync(placement.GrowwOrderId!, GrowwSegment.Cash, TimeSpan.FromMilliseconds(300), Quick);

        Assert.NotNull(order);
        Assert.False(order.OrderStatus!.Value.IsOutcomeKnown);
        Assert.True(_sandbox.Requests.ForEndpoint(SandboxEndpointNames.GrowwOrdersDetail).Count >= 2);
    }

    [Fact]
    public async Task A_dhan_order_acknowledged_then_refused_comes_back_rejected_with_dhans_reason()
    {
        var placement = await Dhan.PlaceOrderAsync(DhanBuy("2885", quantity: 100_000, price: 1420m));

        var order = await Dhan.WaitForFinalStatusAsync(placement.OrderId, Patient);

        Assert.NotNull(order);
        Assert.True(order.IsRejected);
        Assert.Equal(order.OmsErrorDescription, order.RejectionReason);
        Assert.Contains("Insufficient", order.RejectionReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_resting_dhan_order_is_read_again_until_it_trades()
    {
        var placement = await Dhan.PlaceOrderAsync(DhanBuy("11536", quantity: 1, price: 3000m));
        var firstRead = _sandbox.Requests.WhenCountReachesAsync(SandboxEndpointNames.DhanOrdersGet, 1);

        var waiting = Dhan.WaitForFinalStatusAsync(placement.OrderId, Patient, Quick);
        await firstRead.WaitAsync(Patient);
        _sandbox.Market.SetPrice("TCS", 2990m);
        var order = await waiting;

        Assert.NotNull(order);
        Assert.Equal(DhanOrderStatus.Traded, order.OrderStatus);
        Assert.Null(order.RejectionReason);
    }

    [Fact]
    public async Task An_order_the_broker_never_lists_comes_back_null_at_the_deadline()
    {
        var order = await Dhan.WaitForFinalStatusAsync("999999999999", TimeSpan.FromMilliseconds(250), Quick);

        Assert.Null(order);
    }

    [Theory]
    [InlineData(0, 1000)]
    [InlineData(-1000, 1000)]
    [InlineData(90_000_000, 1000)]
    [InlineData(10_000, 10)]
    public async Task A_timeout_or_interval_out_of_range_is_refused_before_anything_is_sent(int timeoutMs, int intervalMs)
    {
        var timeout = TimeSpan.FromMilliseconds(timeoutMs);
        var interval = TimeSpan.FromMilliseconds(intervalMs);

        var groww = await Assert.ThrowsAsync<BrokerValidationException>(() => Groww.WaitForFinalStatusAsync("GMK1", GrowwSegment.Cash, timeout, interval));
        var dhan = await Assert.ThrowsAsync<BrokerValidationException>(() => Dhan.WaitForFinalStatusAsync("1", timeout, interval));

        Assert.Contains("Groww", groww.Message, StringComparison.Ordinal);
        Assert.Contains("Dhan", dhan.Message, StringComparison.Ordinal);
        Assert.Empty(_sandbox.Requests.ForEndpoint(SandboxEndpointNames.GrowwOrdersDetail));
        Assert.Empty(_sandbox.Requests.ForEndpoint(SandboxEndpointNames.DhanOrdersGet));
    }

    private static GrowwPlaceOrderRequest GrowwBuy(string symbol, long quantity, decimal price) => new()
    {
        TradingSymbol = symbol, Exchange = GrowwExchange.Nse, Segment = GrowwSegment.Cash, Product = GrowwProduct.Cnc,
        OrderType = GrowwOrderType.Limit, TransactionType = GrowwTransactionType.Buy, Quantity = quantity, Price = price,
    };

    private static DhanPlaceOrderRequest DhanBuy(string securityId, long quantity, decimal price) => new()
    {
        SecurityId = securityId, ExchangeSegment = DhanExchangeSegment.NseEquity, TransactionType = DhanTransactionType.Buy,
        Quantity = quantity, OrderType = DhanOrderType.Limit, ProductType = DhanProductType.Cnc, Price = price,
    };
}
