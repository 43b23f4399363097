using Broker.Dhan.Orders;
using Broker.Dhan.Tests.TestSupport;
using Broker.Errors;

namespace Broker.Dhan.Tests.Orders;

public sealed class OrderValidationTests : IDisposable
{
    private readonly DhanTestHost _host = new();

    private static DhanPlaceOrderRequest Valid() => new()
    {
        SecurityId = "1333",
        ExchangeSegment = DhanExchangeSegment.NseEquity,
        TransactionType = DhanTransactionType.Buy,
        Quantity = 5,
        OrderType = DhanOrderType.Limit,
        ProductType = DhanProductType.Cnc,
        Price = 100m,
    };

    private async Task<BrokerValidationException> RefusedAsync(DhanPlaceOrderRequest request)
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _host.Client.Orders.PlaceOrderAsync(request));
        Assert.Empty(_host.Requests);
        return ex;
    }

    [Fact]
    public async Task Limit_order_without_price_is_refused_naming_Price()
    {
        var request = Valid();
        var ex = await RefusedAsync(new DhanPlaceOrderRequest { SecurityId = request.SecurityId, ExchangeSegment = request.ExchangeSegment, TransactionType = request.TransactionType, Quantity = 5, OrderType = DhanOrderType.Limit, ProductType = request.ProductType });
        Assert.Equal("Price", ex.ParameterName);
        Assert.Contains("LIMIT", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Limit_order_with_zero_price_is_refused()
    {
        var ex = await RefusedAsync(With(Valid(), price: 0m));
        Assert.Equal("Price", ex.ParameterName);
    }

    [Fact]
    public async Task Stop_loss_without_trigger_is_refused_naming_TriggerPrice()
    {
        var ex = await RefusedAsync(With(Valid(), orderType: DhanOrderType.StopLoss));
        Assert.Equal("TriggerPrice", ex.ParameterName);
    }

    [Fact]
    public async Task Stop_loss_market_without_trigger_is_refused()
    {
        var ex = await RefusedAsync(With(Valid(), orderType: DhanOrderType.StopLossMarket, price: null));
        Assert.Equal("TriggerPrice", ex.ParameterName);
    }

    [Fact]
    public async Task Market_order_with_a_price_is_refused()
    {
        var ex = await RefusedAsync(With(Valid(), orderType: DhanOrderType.Market, price: 10m));
        Assert.Equal("Price", ex.ParameterName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task Quantity_must_be_positive(long quantity)
    {
        var ex = await RefusedAsync(With(Valid(), quantity: quantity));
        Assert.Equal("Quantity", ex.ParameterName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Empty_security_id_is_refused(string securityId)
    {
        var ex = await RefusedAsync(With(Valid(), securityId: securityId));
        Assert.Equal("SecurityId", ex.ParameterName);
    }

    [Fact]
    public async Task Missing_enum_is_refused_naming_the_field()
    {
        var ex = await RefusedAsync(With(Valid(), product: default(DhanProductType)));
        Assert.Equal("ProductType", ex.ParameterName);
    }

    [Fact]
    public async Task Index_segment_is_not_orderable()
    {
        var ex = await RefusedAsync(With(Valid(), segment: DhanExchangeSegment.Index));
        Assert.Equal("ExchangeSegment", ex.ParameterName);
    }

    [Fact]
    public async Task Correlation_id_longer_than_25_characters_is_refused()
    {
        var ex = await RefusedAsync(With(Valid(), correlationId: new string('a', 26)));
        Assert.Equal("CorrelationId", ex.ParameterName);
        Assert.Contains("25", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correlation_id_of_25_allowed_characters_is_sent()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "orders", """{"orderId":"1","orderStatus":"TRANSIT"}""");
        var id = "Ab 9_-" + new string('x', 19);

        var placement = await _host.Client.Orders.PlaceOrderAsync(With(Valid(), correlationId: id));

        Assert.Equal(id, placement.CorrelationId);
    }

    [Theory]
    [InlineData("ref#1")]
    [InlineData("ref.1")]
    [InlineData("réf")]
    public async Task Correlation_id_with_characters_outside_the_allowed_set_is_refused(string id)
    {
        var ex = await RefusedAsync(With(Valid(), correlationId: id));
        Assert.Equal("CorrelationId", ex.ParameterName);
    }

    [Fact]
    public async Task Blank_correlation_id_is_refused()
    {
        var ex = await RefusedAsync(With(Valid(), correlationId: "  "));
        Assert.Equal("CorrelationId", ex.ParameterName);
    }

    [Fact]
    public async Task Correlation_id_limit_is_configurable()
    {
        using var host = new DhanTestHost(o => o.MaxCorrelationIdLength = 30);
        host.Respond(HttpMethod.Post, DhanTestHost.Api + "orders", """{"orderId":"1","orderStatus":"TRANSIT"}""");

        var placement = await host.Client.Orders.PlaceOrderAsync(With(Valid(), correlationId: new string('a', 30)));

        Assert.Equal(30, placement.CorrelationId.Length);
    }

    [Fact]
    public async Task After_market_order_without_amo_time_is_refused()
    {
        var ex = await RefusedAsync(With(Valid(), amo: true));
        Assert.Equal("AmoTime", ex.ParameterName);
    }

    [Fact]
    public async Task Amo_time_without_after_market_order_is_refused()
    {
        var ex = await RefusedAsync(With(Valid(), amoTime: DhanAmoTime.Open));
        Assert.Equal("AmoTime", ex.ParameterName);
    }

    [Fact]
    public async Task Bracket_order_without_profit_value_is_refused()
    {
        var ex = await RefusedAsync(With(Valid(), product: DhanProductType.BracketOrder));
        Assert.Equal("BoProfitValue", ex.ParameterName);
    }

    [Fact]
    public async Task Disclosed_quantity_above_quantity_is_refused()
    {
        var ex = await RefusedAsync(With(Valid(), disclosed: 6));
        Assert.Equal("DisclosedQuantity", ex.ParameterName);
    }

    [Fact]
    public async Task Negative_price_is_refused()
    {
        var ex = await RefusedAsync(With(Valid(), orderType: DhanOrderType.Market, price: -1m));
        Assert.Equal("Price", ex.ParameterName);
    }

    [Fact]
    public async Task Modify_of_a_limit_order_without_price_is_refused()
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() =>
            _host.Client.Orders.ModifyOrderAsync("1", new DhanModifyOrderRequest { OrderType = DhanOrderType.Limit }));
        Assert.Equal("Price", ex.ParameterName);
        Assert.Empty(_host.Requests);
    }

    [Fact]
    public async Task Modify_without_order_id_is_refused()
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() =>
            _host.Client.Orders.ModifyOrderAsync(" ", new DhanModifyOrderRequest { OrderType = DhanOrderType.Market }));
        Assert.Equal("OrderId", ex.ParameterName);
    }

    [Fact]
    public async Task Cancel_without_order_id_is_refused()
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _host.Client.Orders.CancelOrderAsync(""));
        Assert.Equal("OrderId", ex.ParameterName);
    }

    private static DhanPlaceOrderRequest With(
        DhanPlaceOrderRequest r,
        decimal? price = -999m,
        DhanOrderType? orderType = null,
        long? quantity = null,
        string? securityId = null,
        DhanProductType? product = null,
        DhanExchangeSegment? segment = null,
        string? correlationId = null,
        bool amo = false,
        DhanAmoTime? amoTime = null,
        long? disclosed = null) => new()
        {
            SecurityId = securityId ?? r.SecurityId,
            ExchangeSegment = segment ?? r.ExchangeSegment,
            TransactionType = r.TransactionType,
            Quantity = quantity ?? r.Quantity,
            OrderType = orderType ?? r.OrderType,
            ProductType = product ?? r.ProductType,
            Price = price == -999m ? r.Price : price,
            CorrelationId = correlationId,
            AfterMarketOrder = amo,
            AmoTime = amoTime,
            DisclosedQuantity = disclosed,
        };

    public void Dispose() => _host.Dispose();
}
