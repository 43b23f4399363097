using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Broker.Benchmarks.Pipeline;

/// <summary>
/// A primary handler that answers Groww's order-status and order-create calls from memory with the sandbox's exact
/// bodies, so that a benchmark measures the client's own CPU and allocations with no socket or server in the way.
/// </summary>
internal sealed class CannedBrokerHandler : HttpMessageHandler
{
    private static readonly byte[] Status = Encoding.UTF8.GetBytes(
        """{"status":"SUCCESS","payload":{"groww_order_id":"GMK39038RDT490CCVRO","order_status":"EXECUTED","remark":"Order executed","filled_quantity":1,"order_reference_id":"bench0000000001"}}""");

    private static readonly byte[] Placement = Encoding.UTF8.GetBytes(
        """{"status":"SUCCESS","payload":{"groww_order_id":"GMK39038RDT490CCVRO","order_status":"EXECUTED","order_reference_id":"bench0000000001","remark":"Order executed"}}""");

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Method == HttpMethod.Post ? Placement : Status;
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}
