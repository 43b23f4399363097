using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using Broker.Errors;
using Broker.Groww.Errors;
using Broker.Http;

namespace Broker.Benchmarks.Pipeline;

/// <summary>
/// The pieces the SDK adds to every call, measured one by one, to attribute the pipeline's overhead
/// (see docs/benchmarks.md, "Where the overhead goes").
/// </summary>
[MemoryDiagnoser]
public class PipelineComponentBenchmarks
{
    private static readonly byte[] StatusBody = Encoding.UTF8.GetBytes(
        """{"status":"SUCCESS","payload":{"groww_order_id":"GMK39038RDT490CCVRO","order_status":"EXECUTED","remark":"Order executed","filled_quantity":1,"order_reference_id":"bench0000000001"}}""");

    private static readonly Uri Address = new("http://127.0.0.1:9/v1/order/status/GMK39038RDT490CCVRO?segment=CASH");
    private readonly GrowwErrorReader _reader = new();

    /// <summary>The error reader on a successful answer: runs once per call, in the classifier (a scan, no document).</summary>
    /// <returns>Null: no error.</returns>
    [Benchmark(Description = "GrowwErrorReader.ReadError on a 2xx body")]
    public BrokerErrorInfo? ErrorReaderOnSuccess() =>
        _reader.ReadError(new BrokerRawResponse(HttpStatusCode.OK, "application/json", StatusBody));

    /// <summary>The request state the pipeline keeps on every request: one object under one options key.</summary>
    /// <returns>The request.</returns>
    [Benchmark(Description = "HttpRequestOptions: one request state")]
    public HttpRequestMessage RequestOptions()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Address);
        request.SetEndpoint(Endpoint, "bench0000000001");
        return request;
    }

    private static readonly BrokerEndpoint Endpoint = BrokerEndpoint.Read("bench.read", Broker.RateLimiting.RateLimitCategory.Unlimited);

    /// <summary>A bare request, for subtracting from <see cref="RequestOptions"/>.</summary>
    /// <returns>The request.</returns>
    [Benchmark(Description = "HttpRequestMessage alone")]
    public HttpRequestMessage BareRequest() => new(HttpMethod.Get, Address);

    /// <summary>The Groww headers the authentication handler writes on every request.</summary>
    /// <returns>The request.</returns>
    [Benchmark(Description = "Groww headers: Accept, 4 x-client headers, x-request-id, Bearer")]
    public HttpRequestMessage GrowwHeaders()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Address);
        var headers = request.Headers;
        headers.Accept.Clear();
        headers.Accept.Add(new System.Net.Http.Headers.MediaTypeWithQualityHeaderValue("application/json"));
        headers.TryAddWithoutValidation("X-API-VERSION", "1.0");
        headers.TryAddWithoutValidation("x-client-id", "broker-dotnet");
        headers.TryAddWithoutValidation("x-client-platform", "broker-dotnet-client");
        headers.TryAddWithoutValidation("x-client-platform-version", "0.1.0");
        headers.TryAddWithoutValidation("x-request-id", Guid.NewGuid().ToString());
        headers.Remove("x-request-id");
        headers.TryAddWithoutValidation("x-request-id", Guid.NewGuid().ToString());
        headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "canned-access-token");
        return request;
    }

    /// <summary>The attempt timeout's two token sources per attempt.</summary>
    /// <returns>Whether cancelled (never).</returns>
    [Benchmark(Description = "Attempt timeout: CTS(timeout) + linked CTS")]
    public bool AttemptTimeoutSources()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30), TimeProvider.System);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken.None, timeout.Token);
        return linked.IsCancellationRequested;
    }
}
