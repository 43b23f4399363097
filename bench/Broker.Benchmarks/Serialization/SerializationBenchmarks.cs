using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Broker.Dhan.Portfolio;

namespace Broker.Benchmarks.Serialization;

/// <summary>
/// Deserialization (answer → model, what every read does) and serialization (model → JSON) of the largest answers,
/// with the packages' source-generated contexts and their converters: the Groww order list of 500 orders, Groww and
/// Dhan holdings of 500 instruments, and Dhan's intraday chart of 90 days of 1-minute bars. The inputs are the
/// sandbox's own wire JSON. Also the order-create request body, the largest request a trading loop sends often.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SerializationBenchmarks
{
    private WireSamples _samples = null!;
    private JsonTypeInfo _growwOrderList = null!;
    private JsonTypeInfo _growwHoldings = null!;
    private JsonTypeInfo _dhanHoldings = null!;
    private JsonTypeInfo _dhanCandles = null!;
    private JsonTypeInfo _growwPlaceOrder = null!;
    private object _growwOrderListModel = null!;
    private object _growwHoldingsModel = null!;
    private object _dhanHoldingsModel = null!;
    private object _dhanCandlesModel = null!;
    private object _growwPlaceOrderModel = null!;

    /// <summary>Fetches the wire JSON from a sandbox and deserializes it once for the serialization cases.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _samples = WireSamples.FetchAsync().GetAwaiter().GetResult();
        _growwOrderList = SdkJsonContexts.GrowwType("Broker.Groww.Http.GrowwEnvelope`1", "Broker.Groww.Orders.GrowwOrderListPayload");
        _growwHoldings = SdkJsonContexts.GrowwType("Broker.Groww.Http.GrowwEnvelope`1", "Broker.Groww.Portfolio.GrowwHoldingsPayload");
        _growwPlaceOrder = SdkJsonContexts.GrowwType("Broker.Groww.Orders.GrowwPlaceOrderRequest");
        _dhanHoldings = SdkJsonContexts.DhanType(typeof(List<DhanHolding>));
        _dhanCandles = SdkJsonContexts.DhanType("Broker.Dhan.Historical.CandleColumns");
        _growwOrderListModel = JsonSerializer.Deserialize(_samples.GrowwOrderList, _growwOrderList)!;
        _growwHoldingsModel = JsonSerializer.Deserialize(_samples.GrowwHoldings, _growwHoldings)!;
        _dhanHoldingsModel = JsonSerializer.Deserialize(_samples.DhanHoldings, _dhanHoldings)!;
        _dhanCandlesModel = JsonSerializer.Deserialize(_samples.DhanCandles90Days, _dhanCandles)!;
        _growwPlaceOrderModel = new Broker.Groww.Orders.GrowwPlaceOrderRequest
        {
            TradingSymbol = "RELIANCE",
            Quantity = 1,
            Price = 1425.5m,
            Exchange = Broker.Groww.GrowwExchange.Nse,
            Segment = Broker.Groww.GrowwSegment.Cash,
            Product = Broker.Groww.GrowwProduct.Cnc,
            OrderType = Broker.Groww.GrowwOrderType.Limit,
            TransactionType = Broker.Groww.GrowwTransactionType.Buy,
            OrderReferenceId = "bench0000000001",
        };
        Console.WriteLine($"// Sizes: Groww order list {_samples.GrowwOrderList.Length:N0} B, Groww holdings {_samples.GrowwHoldings.Length:N0} B, Dhan holdings {_samples.DhanHoldings.Length:N0} B, Dhan 90-day 1-min candles {_samples.DhanCandles90Days.Length:N0} B");
    }

    /// <summary>Groww order list, 500 orders: JSON → model.</summary>
    /// <returns>The model.</returns>
    [Benchmark(Description = "Groww order list x500: deserialize")]
    [BenchmarkCategory("GrowwOrderList")]
    public object? GrowwOrderListDeserialize() => JsonSerializer.Deserialize(_samples.GrowwOrderList, _growwOrderList);

    /// <summary>Groww order list, 500 orders: model → JSON.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark(Description = "Groww order list x500: serialize")]
    [BenchmarkCategory("GrowwOrderList")]
    public byte[] GrowwOrderListSerialize() => JsonSerializer.SerializeToUtf8Bytes(_growwOrderListModel, _growwOrderList);

    /// <summary>Groww holdings, 500: JSON → model.</summary>
    /// <returns>The model.</returns>
    [Benchmark(Description = "Groww holdings x500: deserialize")]
    [BenchmarkCategory("GrowwHoldings")]
    public object? GrowwHoldingsDeserialize() => JsonSerializer.Deserialize(_samples.GrowwHoldings, _growwHoldings);

    /// <summary>Groww holdings, 500: model → JSON.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark(Description = "Groww holdings x500: serialize")]
    [BenchmarkCategory("GrowwHoldings")]
    public byte[] GrowwHoldingsSerialize() => JsonSerializer.SerializeToUtf8Bytes(_growwHoldingsModel, _growwHoldings);

    /// <summary>Dhan holdings, 500: JSON → model.</summary>
    /// <returns>The model.</returns>
    [Benchmark(Description = "Dhan holdings x500: deserialize")]
    [BenchmarkCategory("DhanHoldings")]
    public object? DhanHoldingsDeserialize() => JsonSerializer.Deserialize(_samples.DhanHoldings, _dhanHoldings);

    /// <summary>Dhan holdings, 500: model → JSON.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark(Description = "Dhan holdings x500: serialize")]
    [BenchmarkCategory("DhanHoldings")]
    public byte[] DhanHoldingsSerialize() => JsonSerializer.SerializeToUtf8Bytes(_dhanHoldingsModel, _dhanHoldings);

    /// <summary>Dhan intraday chart, 90 days of 1-minute bars: JSON → columns.</summary>
    /// <returns>The model.</returns>
    [Benchmark(Description = "Dhan candles 90d x 1min: deserialize")]
    [BenchmarkCategory("DhanCandles")]
    public object? DhanCandlesDeserialize() => JsonSerializer.Deserialize(_samples.DhanCandles90Days, _dhanCandles);

    /// <summary>Dhan intraday chart, 90 days of 1-minute bars: columns → JSON.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark(Description = "Dhan candles 90d x 1min: serialize")]
    [BenchmarkCategory("DhanCandles")]
    public byte[] DhanCandlesSerialize() => JsonSerializer.SerializeToUtf8Bytes(_dhanCandlesModel, _dhanCandles);

    /// <summary>The Groww order-create body: model → JSON.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark(Description = "Groww place-order request: serialize")]
    [BenchmarkCategory("GrowwPlaceOrder")]
    public byte[] GrowwPlaceOrderSerialize() => JsonSerializer.SerializeToUtf8Bytes(_growwPlaceOrderModel, _growwPlaceOrder);
}
