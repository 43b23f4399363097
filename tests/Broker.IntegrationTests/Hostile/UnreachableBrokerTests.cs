using System.Net;
using System.Net.Sockets;
using Broker.Dhan;
using Broker.Dhan.Orders;
using Broker.Errors;
using Broker.Groww;
using Broker.Groww.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.IntegrationTests.Hostile;

/// <summary>
/// A broker that cannot be reached at all (nothing listens on its port): no byte of the request left the machine, so
/// an order is provably not placed. That is a transport failure the caller may simply retry, not a refusal by the
/// broker and not an unknown outcome.
/// </summary>
public sealed class UnreachableBrokerTests
{
    [Fact]
    public async Task A_groww_order_that_could_not_connect_is_not_placed_and_says_it_is_safe_to_resend()
    {
        await using var services = Services(s => s.AddGrowwClient(o =>
        {
            o.BaseAddress = ClosedLoopbackAddress();
            o.Credentials.AccessToken = "unreachable-groww-token";
        }));
        var groww = services.GetRequiredService<IGrowwClient>();

        var error = await Assert.ThrowsAsync<BrokerTransportException>(() => groww.Orders.PlaceOrderAsync(new GrowwPlaceOrderRequest
        {
            TradingSymbol = "RELIANCE", Quantity = 1, Price = 1200m, Exchange = GrowwExchange.Nse, Segment = GrowwSegment.Cash,
            Product = GrowwProduct.Cnc, OrderType = GrowwOrderType.Limit, TransactionType = GrowwTransactionType.Buy,
            OrderReferenceId = "UNREACH00001",
        }));

        AssertNotPlaced(error, "Groww");
    }

    [Fact]
    public async Task A_dhan_order_that_could_not_connect_is_not_placed_and_says_it_is_safe_to_resend()
    {
        var closed = ClosedLoopbackAddress();
        await using var services = Services(s => s.AddDhanClient(o =>
        {
            o.ClientId = "1000000001";
            o.AccessToken = "unreachable-dhan-token";
            o.Environment = new DhanEnvironment("Unreachable", new Uri(closed, "v2/"), closed);
        }));
        var dhan = services.GetRequiredService<IDhanClient>();

        var error = await Assert.ThrowsAsync<BrokerTransportException>(() => dhan.Orders.PlaceOrderAsync(new DhanPlaceOrderRequest
        {
            SecurityId = "2885", ExchangeSegment = DhanExchangeSegment.NseEquity, TransactionType = DhanTransactionType.Buy,
            Quantity = 1, OrderType = DhanOrderType.Limit, ProductType = DhanProductType.Cnc, Price = 1200m,
            CorrelationId = "UNREACH00002",
        }));

        AssertNotPlaced(error, "Dhan");
    }

    private static void AssertNotPlaced(BrokerTransportException error, string broker)
    {
        Assert.Equal(broker, error.Broker);
        Assert.Equal("orders.create", error.Endpoint);
        Assert.True(error.IsTransient);
        Assert.Contains("Nothing was sent, so the order was not placed", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        return services.BuildServiceProvider();
    }

    /// <summary>A loopback address nothing listens on: a port the OS handed out and that was closed again.</summary>
    private static Uri ClosedLoopbackAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
