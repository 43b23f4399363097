using Broker.Errors;
using Broker.Groww;
using Broker.Groww.Authentication;
using Broker.Groww.Orders;
using Broker.Sandbox;

namespace Broker.IntegrationTests.Groww;

public class GrowwSandboxTests
{
    [Theory]
    [InlineData(GrowwAuthenticationMode.Totp)]
    [InlineData(GrowwAuthenticationMode.Approval)]
    [InlineData(GrowwAuthenticationMode.AccessToken)]
    public async Task Each_authentication_flow_reaches_the_profile(GrowwAuthenticationMode mode)
    {
        await using var h = await GrowwSandboxHarness.StartAsync(mode);

        var profile = await h.Client.User.GetProfileAsync();

        Assert.Equal(h.Account.Ucc, profile.Ucc);
        Assert.Equal(mode == GrowwAuthenticationMode.AccessToken ? 0 : 1, h.Sandbox.Groww.TokensMinted);
    }

    [Fact]
    public async Task A_token_that_expires_on_the_server_clock_is_renewed_exactly_once()
    {
        await using var h = await GrowwSandboxHarness.StartAsync();
        await h.Client.User.GetProfileAsync();

        h.Sandbox.Clock.Advance(TimeSpan.FromDays(1));
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => h.Client.Portfolio.GetHoldingsAsync()));

        Assert.Equal(2, h.Sandbox.Groww.TokensMinted);
    }

    [Fact]
    public async Task A_token_revoked_by_the_server_is_renewed_once_on_the_401_and_the_call_succeeds()
    {
        await using var h = await GrowwSandboxHarness.StartAsync();
        await h.Client.User.GetProfileAsync();

        h.Sandbox.Groww.DefaultAccount.RevokeAccessTokens();
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => h.Client.User.GetProfileAsync()));

        Assert.All(results, p => Assert.Equal(h.Account.Ucc, p.Ucc));
        Assert.Equal(2, h.Sandbox.Groww.TokensMinted);
    }

    [Fact]
    public async Task A_pasted_token_that_expired_asks_for_a_new_one_instead_of_looping()
    {
        await using var h = await GrowwSandboxHarness.StartAsync(GrowwAuthenticationMode.AccessToken);
        await h.Client.User.GetProfileAsync();
        h.Sandbox.Groww.DefaultAccount.RevokeAccessTokens();
        var before = h.Sandbox.Requests.Snapshot().Count;

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => h.Client.User.GetProfileAsync());

        Assert.True(ex.RequiresHumanAction);
        Assert.Contains("Groww", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, h.Sandbox.Requests.Snapshot().Count - before);
    }

    [Fact]
    public async Task A_limit_order_rests_fills_when_the_price_crosses_and_shows_in_positions_and_funds()
    {
        await using var h = await GrowwSandboxHarness.StartAsync();
        var price = h.Sandbox.Market.GetPrice("TCS");
        var fundsBefore = await h.Client.Margins.GetAvailableMarginAsync();

        var placement = await h.Client.Orders.PlaceOrderAsync(Limit("TCS", 5, price - 10m));
        var resting = await h.Client.Orders.FindOrderByReferenceAsync(placement.OrderReferenceId!, GrowwSegment.Cash);
        Assert.NotNull(resting);
        Assert.Equal(0, resting.FilledQuantity);

        h.Sandbox.Market.SetPrice("TCS", price - 20m);
        var filled = await h.Client.Orders.GetOrderStatusAsync(placement.GrowwOrderId!, GrowwSegment.Cash);
        var positions = await h.Client.Portfolio.GetPositionsForSymbolAsync("TCS", GrowwSegment.Cash);
        var fundsAfter = await h.Client.Margins.GetAvailableMarginAsync();

        Assert.Equal(5, filled.FilledQuantity);
        Assert.True(filled.OrderStatus!.Value.IsTerminal || filled.OrderStatus!.Value.Value == "EXECUTED");
        Assert.Equal(5, Assert.Single(positions).CreditQuantity);
        Assert.True(fundsAfter.NetMarginUsed > fundsBefore.NetMarginUsed);
    }

    [Fact]
    public async Task A_resting_order_can_be_cancelled()
    {
        await using var h = await GrowwSandboxHarness.StartAsync();
        var price = h.Sandbox.Market.GetPrice("INFY");
        var placement = await h.Client.Orders.PlaceOrderAsync(Limit("INFY", 2, price - 50m));

        await h.Client.Orders.CancelOrderAsync(placement.GrowwOrderId!, GrowwSegment.Cash);

        var order = Assert.Single(h.Sandbox.Groww.DefaultAccount.Orders);
        Assert.Equal(SandboxOrderState.Cancelled, order.State);
    }

    [Fact]
    public async Task Every_read_area_round_trips_through_the_sandbox()
    {
        await using var h = await GrowwSandboxHarness.StartAsync();
        var placement = await h.Client.Orders.PlaceOrderAsync(Market("RELIANCE", 1));

        var holdings = await h.Client.Portfolio.GetHoldingsAsync();
        var orders = await h.Client.Orders.GetOrdersAsync();
        var detail = await h.Client.Orders.FindOrderAsync(placement.GrowwOrderId!, GrowwSegment.Cash);
        var trades = await h.Client.Orders.GetTradesOfOrderAsync(placement.GrowwOrderId!, GrowwSegment.Cash);
        var ltp = await h.Client.LiveData.GetLtpAsync(GrowwSegment.Cash, ["NSE_RELIANCE", "NSE_TCS"]);
        var ohlc = await h.Client.LiveData.GetOhlcAsync(GrowwSegment.Cash, ["NSE_INFY"]);
        var quote = await h.Client.LiveData.GetQuoteAsync(GrowwExchange.Nse, GrowwSegment.Cash, "HDFCBANK");

        Assert.Contains(holdings, x => x.TradingSymbol == "RELIANCE");
        Assert.Contains(orders, o => o.GrowwOrderId == placement.GrowwOrderId);
        Assert.Equal("RELIANCE", detail?.TradingSymbol);
        Assert.Single(trades);
        Assert.Equal(h.Sandbox.Market.GetPrice("TCS"), ltp["NSE_TCS"]);
        Assert.True(ohlc["NSE_INFY"].High >= ohlc["NSE_INFY"].Low);
        Assert.Equal(h.Sandbox.Market.GetPrice("HDFCBANK"), quote.LastPrice);
    }

    [Fact]
    public async Task A_repeated_reference_is_reported_as_already_placed_not_as_a_rejection()
    {
        await using var h = await GrowwSandboxHarness.StartAsync();
        var request = Limit("TCS", 1, h.Sandbox.Market.GetPrice("TCS") - 100m) with { OrderReferenceId = "Ref-0000-0001" };
        var first = await h.Client.Orders.PlaceOrderAsync(request);

        await Assert.ThrowsAsync<DuplicateClientReferenceException>(() => h.Client.Orders.PlaceOrderAsync(request));
        var again = await h.Client.Orders.PlaceOrderIdempotentAsync(request);

        Assert.True(again.AlreadyPlaced);
        Assert.Equal(first.GrowwOrderId, again.GrowwOrderId);
        Assert.Single(h.Sandbox.Groww.DefaultAccount.Orders);
    }

    internal static GrowwPlaceOrderRequest Limit(string symbol, long quantity, decimal price) => new()
    {
        TradingSymbol = symbol,
        Quantity = quantity,
        Price = price,
        Exchange = GrowwExchange.Nse,
        Segment = GrowwSegment.Cash,
        Product = GrowwProduct.Cnc,
        OrderType = GrowwOrderType.Limit,
        TransactionType = GrowwTransactionType.Buy,
    };

    internal static GrowwPlaceOrderRequest Market(string symbol, long quantity) => new()
    {
        TradingSymbol = symbol,
        Quantity = quantity,
        Exchange = GrowwExchange.Nse,
        Segment = GrowwSegment.Cash,
        Product = GrowwProduct.Mis,
        OrderType = GrowwOrderType.Market,
        TransactionType = GrowwTransactionType.Buy,
    };
}
