using System.Net;
using Broker.Dhan.ConditionalTriggers;
using Broker.Dhan.Tests.TestSupport;
using Broker.Errors;

namespace Broker.Dhan.Tests.ConditionalTriggers;

public sealed class ConditionalTriggersClientTests : IDisposable
{
    private readonly DhanTestHost _host = new();

    private static DhanAlertCondition Condition(DhanAlertComparisonType? type = null, decimal? value = 250m) => new()
    {
        ComparisonType = type ?? DhanAlertComparisonType.TechnicalWithValue,
        ExchangeSegment = DhanExchangeSegment.NseEquity,
        SecurityId = "12345",
        IndicatorName = "SMA_5",
        TimeFrame = DhanAlertTimeFrame.Day,
        Operator = DhanAlertOperator.CrossingUp,
        ComparingValue = value,
        ExpDate = new DateOnly(2026, 12, 31),
        UserNote = "sma cross",
    };

    private static DhanAlertOrder[] Orders =>
    [
        new()
        {
            TransactionType = DhanTransactionType.Buy,
            ExchangeSegment = DhanExchangeSegment.NseEquity,
            ProductType = DhanProductType.Cnc,
            OrderType = DhanOrderType.Limit,
            SecurityId = "12345",
            Quantity = 10,
            Price = 250m,
            DisclosedQuantity = 5,
        },
    ];

    [Fact]
    public async Task Place_sends_condition_and_orders_with_prices_as_text()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "alerts/orders", """{"alertId":"12345","alertStatus":"ACTIVE"}""");

        var ack = await _host.Client.ConditionalTriggers.PlaceAsync(Condition(), Orders);

        _host.AssertAuthenticatedHeaders(_host.Single);
        _host.Single.AssertJson("""
            {"dhanClientId":"1000000001",
             "condition":{"comparisonType":"TECHNICAL_WITH_VALUE","exchangeSegment":"NSE_EQ","securityId":"12345","indicatorName":"SMA_5","timeFrame":"DAY",
                          "operator":"CROSSING_UP","comparingValue":250,"expDate":"2026-12-31","frequency":"ONCE","userNote":"sma cross"},
             "orders":[{"transactionType":"BUY","exchangeSegment":"NSE_EQ","productType":"CNC","orderType":"LIMIT","securityId":"12345","quantity":10,
                        "validity":"DAY","price":"250.00","discQuantity":"5"}]}
            """);
        Assert.Equal(("12345", DhanAlertStatus.Active), (ack.AlertId, ack.AlertStatus));
    }

    [Fact]
    public async Task Modify_puts_the_alert_id_in_path_and_body()
    {
        _host.Respond(HttpMethod.Put, DhanTestHost.Api + "alerts/orders/12345", """{"alertId":"12345","alertStatus":"ACTIVE"}""");

        await _host.Client.ConditionalTriggers.ModifyAsync("12345", Condition(DhanAlertComparisonType.PriceWithValue));

        Assert.Equal(HttpMethod.Put, _host.Single.Method);
        Assert.StartsWith("""{"dhanClientId":"1000000001","alertId":"12345","condition":{"comparisonType":"PRICE_WITH_VALUE""", _host.Single.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"orders\"", _host.Single.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_returns_cancelled()
    {
        _host.Respond(HttpMethod.Delete, DhanTestHost.Api + "alerts/orders/12345", """{"alertId":"12345","alertStatus":"CANCELLED"}""");

        var ack = await _host.Client.ConditionalTriggers.DeleteAsync("12345");

        Assert.Equal(HttpMethod.Delete, _host.Single.Method);
        Assert.Equal(DhanAlertStatus.Cancelled, ack.AlertStatus);
    }

    private const string Trigger = """
        {"alertId":"12345","alertStatus":"ACTIVE","createdTime":"2019-08-24T14:15:22Z","triggeredTime":null,"lastPrice":"251.5",
         "condition":{"comparisonType":"TECHNICAL_WITH_VALUE","exchangeSegment":"NSE_EQ","securityId":"12345","indicatorName":"SMA_5","timeFrame":"DAY",
                      "operator":"CROSSING_UP","comparingValue":"250.00","expDate":"2026-12-31","frequency":"ONCE","userNote":"note"},
         "orders":[{"transactionType":"BUY","exchangeSegment":"NSE_EQ","productType":"CNC","orderType":"LIMIT","securityId":"12345","quantity":10,
                    "validity":"DAY","price":"250.00","discQuantity":"0","triggerPrice":"0"}]}
        """;

    [Fact]
    public async Task Get_parses_condition_and_orders()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "alerts/orders/12345", Trigger);

        var trigger = await _host.Client.ConditionalTriggers.FindAsync("12345");

        Assert.NotNull(trigger);
        Assert.Equal("12345", trigger.AlertId);
        Assert.Equal(DhanAlertStatus.Active, trigger.AlertStatus);
        Assert.Equal(new DateTimeOffset(2019, 8, 24, 19, 45, 22, TimeSpan.FromHours(5.5)), trigger.CreatedTime);
        Assert.Null(trigger.TriggeredTime);
        Assert.Equal(251.5m, trigger.LastPrice);
        var condition = trigger.Condition!;
        Assert.Equal(DhanAlertComparisonType.TechnicalWithValue, condition.ComparisonType);
        Assert.Equal(DhanExchangeSegment.NseEquity, condition.ExchangeSegment);
        Assert.Equal("12345", condition.SecurityId);
        Assert.Equal("SMA_5", condition.IndicatorName);
        Assert.Equal(DhanAlertTimeFrame.Day, condition.TimeFrame);
        Assert.Equal(DhanAlertOperator.CrossingUp, condition.Operator);
        Assert.Equal(250m, condition.ComparingValue);
        Assert.Equal(new DateOnly(2026, 12, 31), condition.ExpDate);
        Assert.Equal(DhanAlertFrequency.Once, condition.Frequency);
        Assert.Equal("note", condition.UserNote);
        var order = Assert.Single(trigger.Orders);
        Assert.Equal(DhanTransactionType.Buy, order.TransactionType);
        Assert.Equal(DhanProductType.Cnc, order.ProductType);
        Assert.Equal(DhanOrderType.Limit, order.OrderType);
        Assert.Equal(10, order.Quantity);
        Assert.Equal(250m, order.Price);
        Assert.Equal(0, order.DisclosedQuantity);
        Assert.Equal(0m, order.TriggerPrice);
    }

    [Fact]
    public async Task Get_returns_null_for_an_unknown_alert()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "alerts/orders/9", """{"timestamp":"2026-01-01T00:00:00","status":404,"error":"Not Found","path":"/v2/alerts/orders/9"}""", HttpStatusCode.NotFound);

        Assert.Null(await _host.Client.ConditionalTriggers.FindAsync("9"));
    }

    [Fact]
    public async Task GetAll_parses_the_list()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "alerts/orders", $"[{Trigger},{Trigger}]");

        var triggers = await _host.Client.ConditionalTriggers.GetAllAsync();

        Assert.Equal(2, triggers.Count);
    }

    [Fact]
    public async Task Technical_with_value_without_comparing_value_is_refused()
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _host.Client.ConditionalTriggers.PlaceAsync(Condition(value: null), Orders));
        Assert.Equal("Condition.ComparingValue", ex.ParameterName);
    }

    [Fact]
    public async Task Technical_with_indicator_without_comparing_indicator_is_refused()
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() =>
            _host.Client.ConditionalTriggers.PlaceAsync(Condition(DhanAlertComparisonType.TechnicalWithIndicator), Orders));
        Assert.Equal("Condition.ComparingIndicatorName", ex.ParameterName);
    }

    [Fact]
    public async Task Place_without_orders_is_refused()
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _host.Client.ConditionalTriggers.PlaceAsync(Condition(), []));
        Assert.Equal("Orders", ex.ParameterName);
    }

    public void Dispose() => _host.Dispose();
}
