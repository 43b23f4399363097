using System.Net;
using System.Net.Sockets;
using System.Text;
using Broker.Errors;
using Broker.Groww;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.IntegrationTests.Security;

/// <summary>A redirect from the configured host never carries the token to another host.</summary>
public sealed class RedirectTests : IDisposable
{
    private readonly TcpListener _configured = new(IPAddress.Loopback, 0);
    private readonly TcpListener _elsewhere = new(IPAddress.Loopback, 0);

    public RedirectTests()
    {
        _configured.Start();
        _elsewhere.Start();
    }

    [Fact]
    public async Task A_redirect_to_another_host_is_not_followed_and_surfaces_as_a_typed_error()
    {
        var elsewhere = (IPEndPoint)_elsewhere.LocalEndpoint;
        var redirecting = AnswerOnceAsync(_configured, $"HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:{elsewhere.Port}/v1/user/detail\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        var services = new ServiceCollection();
        services.AddGrowwClient(o =>
        {
            o.BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_configured.LocalEndpoint).Port}/");
            o.Credentials.AccessToken = "redirect-test-token-value";
            o.Retry.MaxRetryAttempts = 0;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IGrowwClient>();

        var failure = await Assert.ThrowsAsync<BrokerApiException>(() => client.User.GetProfileAsync());

        Assert.Equal(302, failure.StatusCode);
        Assert.Contains("redirect-test-token-value", await redirecting, StringComparison.Ordinal);
        using var noWait = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await _elsewhere.AcceptTcpClientAsync(noWait.Token));
    }

    public void Dispose()
    {
        _configured.Stop();
        _elsewhere.Stop();
    }

    /// <summary>Accepts one connection, reads the request head, answers, and returns what the client sent.</summary>
    private static async Task<string> AnswerOnceAsync(TcpListener listener, string response)
    {
        using var connection = await listener.AcceptTcpClientAsync();
        var stream = connection.GetStream();
        var buffer = new byte[16 * 1024];
        var request = new StringBuilder();
        while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                break;
            }

            request.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(response));
        return request.ToString();
    }
}
