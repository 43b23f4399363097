using Broker.DependencyInjection;
using Broker.Errors;
using Broker.Groww.Tests.Infrastructure;
using Broker.Groww.Trading;
using Broker.Testing;
using Broker.Trading;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.Groww.Tests.Trading;

public sealed class GrowwTradingClientTests
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
        using var groww = GrowwFixture.Create();

        var plain = groww.Services.GetRequiredService<ITradingClient>();

        Assert.IsType<GrowwTradingClient>(plain);
        Assert.Equal("Groww", plain.BrokerName);
        Assert.Same(plain, groww.Services.GetRequiredKeyedService<ITradingClient>(BrokerAccountKey.DefaultName));
        Assert.Same(plain, groww.Services.GetRequiredKeyedService<ITradingClient>(GrowwServiceKeys.For()));
    }

    [Fact]
    public void Named_accounts_get_their_own_neutral_client_keyed_by_name_and_no_plain_one()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(FakeClock.Create());
        services.AddGrowwClient("alpha", o => o.Credentials.AccessToken = "token-alpha-123456");
        services.AddGrowwClient("beta", o => o.Credentials.AccessToken = "token-beta-654321");
        using var provider = services.BuildServiceProvider();

        var alpha = provider.GetRequiredKeyedService<ITradingClient>("alpha");
        var beta = provider.GetRequiredKeyedService<ITradingClient>("beta");

        Assert.NotSame(alpha, beta);
        Assert.Same(alpha, provider.GetRequiredKeyedService<ITradingClient>(GrowwServiceKeys.For("alpha")));
        Assert.Null(provider.GetService<ITradingClient>());
    }

    [Fact]
    public async Task Instrument_given_only_by_broker_id_without_a_catalogue_is_refused_before_sending()
    {
        using var groww = GrowwFixture.Create();
        var client = groww.Services.GetRequiredService<ITradingClient>();

        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => client.PlaceOrderAsync(Order(TradingInstrument.FromBrokerId(TradingExchange.Nse, "2885"))));

        Assert.Equal("Groww", ex.Broker);
        Assert.Contains("AddGrowwInstruments", ex.Message, StringComparison.Ordinal);
        Assert.Empty(groww.Requests);
    }

    [Theory]
    [InlineData("SHORT")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTU")]
    [InlineData("ABC_DEFGHIJ")]
    [InlineData("A-B-C-DEFGH")]
    public async Task Client_reference_groww_cannot_take_is_refused_naming_groww(string reference)
    {
        using var groww = GrowwFixture.Create();
        var client = groww.Services.GetRequiredService<ITradingClient>();

        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() =>
            client.PlaceOrderAsync(Order(TradingInstrument.FromSymbol(TradingExchange.Nse, "RELIANCE")) with { ClientReference = reference }));

        Assert.Equal("ClientReference", ex.ParameterName);
        Assert.Contains("Groww: cannot express ClientReference = " + reference, ex.Message, StringComparison.Ordinal);
        Assert.Empty(groww.Requests);
    }

    [Fact]
    public async Task Modification_with_ioc_validity_is_refused_before_the_order_is_read()
    {
        using var groww = GrowwFixture.Create();
        var client = groww.Services.GetRequiredService<ITradingClient>();

        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() =>
            client.ModifyOrderAsync(new TradingOrderModification { BrokerOrderId = "GMK1", Validity = TradingValidity.ImmediateOrCancel }));

        Assert.Equal("Validity", ex.ParameterName);
        Assert.Empty(groww.Requests);
    }
}
