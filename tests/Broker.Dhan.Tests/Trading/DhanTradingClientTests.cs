using Broker.DependencyInjection;
using Broker.Dhan.Tests.TestSupport;
using Broker.Dhan.Trading;
using Broker.Errors;
using Broker.Trading;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.Dhan.Tests.Trading;

public sealed class DhanTradingClientTests
{
    private static TradingOrderRequest Order(TradingInstrument instrument) => new()
    {
        Instrument = instrument,
        Side = TradingSide.Buy,
        OrderType = TradingOrderType.Limit,
        Product = TradingProduct.Delivery,
        Quantity = 1,
        Price = 100m,
    };

    [Fact]
    public void Default_registration_provides_the_neutral_client_plain_and_keyed()
    {
        using var host = new DhanTestHost();

        var plain = host.Services.GetRequiredService<ITradingClient>();

        Assert.IsType<DhanTradingClient>(plain);
        Assert.Equal("Dhan", plain.BrokerName);
        Assert.Same(plain, host.Services.GetRequiredKeyedService<ITradingClient>(BrokerAccountKey.DefaultName));
        Assert.Same(plain, host.Services.GetRequiredKeyedService<ITradingClient>(host.Key));
    }

    [Fact]
    public void Named_account_gets_a_neutral_client_keyed_by_name_and_no_plain_one()
    {
        using var host = new DhanTestHost(name: "swing");

        var keyed = host.Services.GetRequiredKeyedService<ITradingClient>("swing");

        Assert.Same(keyed, host.Services.GetRequiredKeyedService<ITradingClient>(new BrokerAccountKey("Dhan", "swing")));
        Assert.Null(host.Services.GetService<ITradingClient>());
    }

    [Fact]
    public async Task Symbol_without_a_catalogue_is_refused_with_a_hint_before_sending()
    {
        using var host = new DhanTestHost();
        var client = host.Services.GetRequiredService<ITradingClient>();

        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => client.PlaceOrderAsync(Order(TradingInstrument.FromSymbol(TradingExchange.Nse, "RELIANCE"))));

        Assert.Equal("Dhan", ex.Broker);
        Assert.Contains("AddInstruments", ex.Message, StringComparison.Ordinal);
        Assert.Contains("FromBrokerId", ex.Message, StringComparison.Ordinal);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task A_reference_longer_than_the_accounts_correlation_id_limit_is_refused_before_sending()
    {
        using var host = new DhanTestHost();
        var client = host.Services.GetRequiredService<ITradingClient>();

        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() =>
            client.PlaceOrderAsync(Order(TradingInstrument.FromBrokerId(TradingExchange.Nse, "2885")) with { ClientReference = new string('r', 28) }));

        Assert.Equal("Dhan", ex.Broker);
        Assert.Contains("1 to 25 letters", ex.Message, StringComparison.Ordinal);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task The_trading_client_follows_a_raised_correlation_id_limit_like_the_orders_client()
    {
        using var host = new DhanTestHost(o => o.MaxCorrelationIdLength = 30);
        host.Respond(HttpMethod.Post, DhanTestHost.Api + "orders", """{"orderId":"112111182198","orderStatus":"TRANSIT"}""");
        var client = host.Services.GetRequiredService<ITradingClient>();
        var reference = new string('r', 28);

        var placement = await client.PlaceOrderAsync(Order(TradingInstrument.FromBrokerId(TradingExchange.Nse, "2885")) with { ClientReference = reference });

        Assert.Equal(reference, placement.ClientReference);
        Assert.Contains($"\"correlationId\":\"{reference}\"", host.Single.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Last_price_by_symbol_without_a_catalogue_is_refused_before_sending()
    {
        using var host = new DhanTestHost();
        var client = host.Services.GetRequiredService<ITradingClient>();

        await Assert.ThrowsAsync<BrokerValidationException>(() => client.GetLastPricesAsync([TradingInstrument.FromSymbol(TradingExchange.Nse, "RELIANCE")]));

        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Security_id_places_without_a_catalogue_with_the_mapped_body()
    {
        using var host = new DhanTestHost();
        host.Respond(HttpMethod.Post, DhanTestHost.Api + "orders", """{"orderId":"112111182198","orderStatus":"TRANSIT"}""");
        var client = host.Services.GetRequiredService<ITradingClient>();

        var placement = await client.PlaceOrderAsync(Order(TradingInstrument.FromBrokerId(TradingExchange.Nse, "2885")) with { ClientReference = "my-ref-1" });

        Assert.Equal("112111182198", placement.BrokerOrderId);
        Assert.Equal("my-ref-1", placement.ClientReference);
        Assert.Equal(TradingOrderStatus.Open, placement.Status);
        Assert.Equal("TRANSIT", placement.RawStatus);
        var body = host.Single.Body;
        Assert.Contains("\"securityId\":\"2885\"", body, StringComparison.Ordinal);
        Assert.Contains("\"exchangeSegment\":\"NSE_EQ\"", body, StringComparison.Ordinal);
        Assert.Contains("\"productType\":\"CNC\"", body, StringComparison.Ordinal);
        Assert.Contains("\"correlationId\":\"my-ref-1\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_placement_is_not_retried_and_its_outcome_is_unknown()
    {
        using var host = new DhanTestHost();
        host.Respond(HttpMethod.Post, DhanTestHost.Api + "orders", """{"errorType":"Server","errorCode":"DH-908","errorMessage":"down"}""", System.Net.HttpStatusCode.ServiceUnavailable);
        var client = host.Services.GetRequiredService<ITradingClient>();

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() =>
            client.PlaceOrderAsync(Order(TradingInstrument.FromBrokerId(TradingExchange.Nse, "2885")) with { ClientReference = "my-ref-2" }));

        Assert.Equal("my-ref-2", ex.ClientReference);
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task Client_reference_longer_than_dhan_takes_is_refused_naming_dhan()
    {
        using var host = new DhanTestHost();
        var client = host.Services.GetRequiredService<ITradingClient>();

        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() =>
            client.PlaceOrderAsync(Order(TradingInstrument.FromBrokerId(TradingExchange.Nse, "2885")) with { ClientReference = new string('x', 26) }));

        Assert.Equal("ClientReference", ex.ParameterName);
        Assert.Contains("Dhan: cannot express ClientReference", ex.Message, StringComparison.Ordinal);
        Assert.Empty(host.Requests);
    }
}
