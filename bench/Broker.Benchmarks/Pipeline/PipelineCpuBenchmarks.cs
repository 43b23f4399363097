using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Broker.Benchmarks.Infrastructure;
using Broker.Groww;
using Broker.Groww.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.Benchmarks.Pipeline;

/// <summary>
/// The SDK's own cost per call with the network taken out: the same order-status read and order create as
/// <see cref="PipelineOverheadBenchmarks"/>, through the full DI-built pipeline and through a bare
/// <see cref="HttpClient"/>, both ending in an in-memory handler (<see cref="CannedBrokerHandler"/>) that answers with
/// the sandbox's bodies. The difference of the two is the SDK's overhead in microseconds and bytes, independent of
/// how fast the server or the loopback is.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PipelineCpuBenchmarks
{
    private static readonly Uri Root = new("http://127.0.0.1:9/");
    private ServiceProvider _services = null!;
    private IGrowwClient _client = null!;
    private HttpClient _bare = null!;
    private Uri _statusUri = null!;
    private Uri _createUri = null!;
    private long _sequence;

    /// <summary>Builds both clients over the in-memory handler.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddGrowwClient(o =>
        {
            o.BaseAddress = Root;
            o.Credentials.AccessToken = "canned-access-token";
            o.RateLimits.Orders = GrowwBench.GenerousLimit;
            o.RateLimits.NonTrading = GrowwBench.GenerousLimit;
        }).HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => new CannedBrokerHandler());
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<IGrowwClient>();
        _bare = new HttpClient(new CannedBrokerHandler()) { BaseAddress = Root };
        _bare.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "canned-access-token");
        _bare.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _bare.DefaultRequestHeaders.Add("X-API-VERSION", "1.0");
        _statusUri = new Uri(Root, "v1/order/status/GMK39038RDT490CCVRO?segment=CASH");
        _createUri = new Uri(Root, "v1/order/create");
    }

    /// <summary>Disposes both clients.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _bare.Dispose();
        _services.Dispose();
    }

    /// <summary>Order status, bare.</summary>
    /// <returns>The status.</returns>
    [Benchmark(Baseline = true, Description = "Bare HttpClient: order status (in-memory)")]
    [BenchmarkCategory("Read")]
    public async Task<string?> BareOrderStatus()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _statusUri);
        using var response = await _bare.SendAsync(request, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return JsonSerializer.Deserialize(body, BareJsonContext.Default.BareEnvelopeBareOrderStatus)?.Payload?.OrderStatus;
    }

    /// <summary>Order status, SDK.</summary>
    /// <returns>The status.</returns>
    [Benchmark(Description = "SDK: GetOrderStatusAsync (in-memory)")]
    [BenchmarkCategory("Read")]
    public async Task<string?> SdkOrderStatus() =>
        (await _client.Orders.GetOrderStatusAsync("GMK39038RDT490CCVRO", GrowwSegment.Cash).ConfigureAwait(false)).OrderStatus?.Value;

    /// <summary>Order create, bare.</summary>
    /// <returns>The order id.</returns>
    [Benchmark(Baseline = true, Description = "Bare HttpClient: order create (in-memory)")]
    [BenchmarkCategory("Create")]
    public async Task<string?> BareOrderCreate()
    {
        var order = new BarePlaceOrder
        {
            TradingSymbol = "RELIANCE",
            Quantity = 1,
            Validity = "DAY",
            Exchange = "NSE",
            Segment = "CASH",
            Product = "CNC",
            OrderType = "MARKET",
            TransactionType = "BUY",
            OrderReferenceId = NextReference(),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, _createUri);
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(order, BareJsonContext.Default.BarePlaceOrder));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Content = content;
        using var response = await _bare.SendAsync(request, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return JsonSerializer.Deserialize(body, BareJsonContext.Default.BareEnvelopeBarePlacement)?.Payload?.GrowwOrderId;
    }

    /// <summary>Order create, SDK.</summary>
    /// <returns>The order id.</returns>
    [Benchmark(Description = "SDK: PlaceOrderAsync (in-memory)")]
    [BenchmarkCategory("Create")]
    public async Task<string?> SdkOrderCreate()
    {
        var placement = await _client.Orders.PlaceOrderAsync(new GrowwPlaceOrderRequest
        {
            TradingSymbol = "RELIANCE",
            Quantity = 1,
            Exchange = GrowwExchange.Nse,
            Segment = GrowwSegment.Cash,
            Product = GrowwProduct.Cnc,
            OrderType = GrowwOrderType.Market,
            TransactionType = GrowwTransactionType.Buy,
            OrderReferenceId = NextReference(),
        }).ConfigureAwait(false);
        return placement.GrowwOrderId;
    }

    private string NextReference() =>
        "bench" + Interlocked.Increment(ref _sequence).ToString("D10", CultureInfo.InvariantCulture);
}
