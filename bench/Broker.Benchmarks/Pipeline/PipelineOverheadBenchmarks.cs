using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Broker.Benchmarks.Infrastructure;
using Broker.Groww;
using Broker.Groww.Orders;
using Broker.Http;

namespace Broker.Benchmarks.Pipeline;

/// <summary>
/// The SDK's cost over hand-written code: one Groww order-status read and one order create through the DI-built
/// client (resilience, authentication, rate limiter with a limit it never reaches, attempt timeout, JSON with the
/// SDK's converters) against the same calls made with a bare <see cref="HttpClient"/> and a source-generated
/// System.Text.Json context, against the same sandbox endpoint in the same run.
/// </summary>
/// <remarks>
/// The sandbox runs in a child process (<c>sandbox-server</c>), so the allocation figures are the client's alone.
/// Every order create carries a new client reference (the sandbox refuses duplicates). Each benchmark case gets a fresh
/// sandbox (BenchmarkDotNet runs the global setup per case) and a fixed number of invocations (3 warm-up and 15
/// measured iterations of 256), so the SDK and the bare create see the same order-book growth (4,609 orders): the
/// sandbox scans the book on every create.
/// </remarks>
[MemoryDiagnoser]
[InvocationCount(256)]
[WarmupCount(3)]
[IterationCount(15)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PipelineOverheadBenchmarks
{
    private RemoteSandbox _sandbox = null!;
    private Microsoft.Extensions.DependencyInjection.ServiceProvider _services = null!;
    private IGrowwClient _client = null!;
    private HttpClient _bare = null!;
    private string _orderId = null!;
    private Uri _statusUri = null!;
    private Uri _createUri = null!;
    private long _sequence;

    /// <summary>Starts the sandbox and both clients, and places the order whose status is read.</summary>
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    /// <summary>Stops everything.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _bare.Dispose();
        _services.Dispose();
        _sandbox.Dispose();
    }

    /// <summary>Order status with a bare HttpClient and System.Text.Json.</summary>
    /// <returns>The status.</returns>
    [Benchmark(Baseline = true, Description = "Bare HttpClient: order status")]
    [BenchmarkCategory("Read")]
    public async Task<string?> BareOrderStatus()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _statusUri);
        using var response = await _bare.SendAsync(request, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        var envelope = JsonSerializer.Deserialize(body, BareJsonContext.Default.BareEnvelopeBareOrderStatus);
        return envelope?.Payload?.OrderStatus;
    }

    /// <summary>Order status through the SDK.</summary>
    /// <returns>The status.</returns>
    [Benchmark(Description = "SDK: Orders.GetOrderStatusAsync")]
    [BenchmarkCategory("Read")]
    public async Task<string?> SdkOrderStatus()
    {
        var status = await _client.Orders.GetOrderStatusAsync(_orderId, GrowwSegment.Cash).ConfigureAwait(false);
        return status.OrderStatus?.Value;
    }

    /// <summary>Order create with a bare HttpClient and System.Text.Json.</summary>
    /// <returns>The new order's id.</returns>
    [Benchmark(Baseline = true, Description = "Bare HttpClient: order create")]
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
        var envelope = JsonSerializer.Deserialize(body, BareJsonContext.Default.BareEnvelopeBarePlacement);
        return envelope?.Payload?.GrowwOrderId;
    }

    /// <summary>Order create through the SDK.</summary>
    /// <returns>The new order's id.</returns>
    [Benchmark(Description = "SDK: Orders.PlaceOrderAsync")]
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

    private async Task SetupAsync()
    {
        _sandbox = RemoteSandbox.Start();
        var root = _sandbox.BaseAddress;
        _services = GrowwBench.CreateClientServices(root, GrowwBench.CreateSandboxOptions().Groww.Accounts[0]);
        _client = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IGrowwClient>(_services);
        _bare = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        {
            BaseAddress = root,
        };
        _bare.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _sandbox.GrowwAccessToken);
        _bare.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _bare.DefaultRequestHeaders.Add("X-API-VERSION", "1.0");

        // Distinct reference prefixes per process run are not needed: each case has its own sandbox.
        _sequence = 0;
        var placed = await _client.Orders.PlaceOrderAsync(new GrowwPlaceOrderRequest
        {
            TradingSymbol = "RELIANCE",
            Quantity = 1,
            Exchange = GrowwExchange.Nse,
            Segment = GrowwSegment.Cash,
            Product = GrowwProduct.Cnc,
            OrderType = GrowwOrderType.Market,
            TransactionType = GrowwTransactionType.Buy,
            OrderReferenceId = ClientReference.New(),
        }).ConfigureAwait(false);
        _orderId = placed.GrowwOrderId ?? throw new InvalidOperationException("The sandbox returned no order id.");
        _statusUri = new Uri(root, "v1/order/status/" + Uri.EscapeDataString(_orderId) + "?segment=CASH");
        _createUri = new Uri(root, "v1/order/create");

        // Warm both paths (token mint, connection) before BenchmarkDotNet's own warm-up.
        _ = await BareOrderStatus().ConfigureAwait(false);
        _ = await SdkOrderStatus().ConfigureAwait(false);
    }
}
