using System.Net;
using Broker.Dhan.Orders;
using Broker.Dhan.Tests.TestSupport;
using Broker.Errors;
using Broker.Testing;

namespace Broker.Dhan.Tests.Orders;

public sealed class ModificationLimitTests : IDisposable
{
    private readonly DhanTestHost _host = new();

    private static DhanModifyOrderRequest Change => new() { OrderType = DhanOrderType.Limit, Price = 100m };

    [Fact]
    public async Task The_26th_modification_of_an_order_is_refused_locally()
    {
        _host.Respond(HttpMethod.Put, DhanTestHost.Api + "orders/1", """{"orderId":"1","orderStatus":"TRANSIT"}""");
        for (var i = 0; i < 25; i++)
        {
            await _host.Client.Orders.ModifyOrderAsync("1", Change);
        }

        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _host.Client.Orders.ModifyOrderAsync("1", Change));

        Assert.Equal("OrderId", ex.ParameterName);
        Assert.Contains("25", ex.Message, StringComparison.Ordinal);
        Assert.Equal(25, _host.Requests.Count);
        Assert.Single(_host.Logs.WithEventId(5003));
    }

    [Fact]
    public async Task Other_orders_have_their_own_count()
    {
        _host.Respond(HttpMethod.Put, DhanTestHost.Api + "orders/*", """{"orderId":"1","orderStatus":"TRANSIT"}""");
        using var host = new DhanTestHost(o => o.RateLimits.MaxModificationsPerOrder = 1);
        host.Respond(HttpMethod.Put, DhanTestHost.Api + "orders/*", """{"orderId":"1","orderStatus":"TRANSIT"}""");

        await host.Client.Orders.ModifyOrderAsync("1", Change);
        await host.Client.Orders.ModifyOrderAsync("2", Change);

        await Assert.ThrowsAsync<BrokerValidationException>(() => host.Client.Orders.ModifyOrderAsync("1", Change));
    }

    [Fact]
    public async Task A_refused_modification_does_not_count()
    {
        using var host = new DhanTestHost(o => o.RateLimits.MaxModificationsPerOrder = 1);
        host.RespondInTurn(HttpMethod.Put, DhanTestHost.Api + "orders/1",
            (HttpStatusCode.BadRequest, """{"errorType":"Order_Error","errorCode":"DH-906","errorMessage":"Order is in Transit state"}"""),
            (HttpStatusCode.OK, """{"orderId":"1","orderStatus":"TRANSIT"}"""));

        await Assert.ThrowsAsync<OrderRejectedException>(() => host.Client.Orders.ModifyOrderAsync("1", Change));
        await host.Client.Orders.ModifyOrderAsync("1", Change);

        await Assert.ThrowsAsync<BrokerValidationException>(() => host.Client.Orders.ModifyOrderAsync("1", Change));
    }

    [Fact]
    public async Task Counts_reset_on_a_new_trading_day()
    {
        using var host = new DhanTestHost(o => o.RateLimits.MaxModificationsPerOrder = 1);
        host.Respond(HttpMethod.Put, DhanTestHost.Api + "orders/1", """{"orderId":"1","orderStatus":"TRANSIT"}""");
        await host.Client.Orders.ModifyOrderAsync("1", Change);

        host.Time.Advance(TimeSpan.FromHours(15)); // 09:15 IST to 00:15 IST the next day

        await host.Client.Orders.ModifyOrderAsync("1", Change);
        Assert.Equal(2, host.Requests.Count);
    }

    [Fact]
    public async Task Modification_with_unknown_outcome_still_counts()
    {
        using var host = new DhanTestHost(o => o.RateLimits.MaxModificationsPerOrder = 1);
        host.Mock.When(HttpMethod.Put, DhanTestHost.Api + "orders/1").Throw(new HttpRequestException("reset"));

        await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => host.Client.Orders.ModifyOrderAsync("1", Change));

        await Assert.ThrowsAsync<BrokerValidationException>(() => host.Client.Orders.ModifyOrderAsync("1", Change));
    }

    public void Dispose() => _host.Dispose();
}
