using System.Net;
using Broker.Errors;
using Broker.Instruments;
using Broker.Resilience;
using Broker.Testing;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;

namespace Broker.Abstractions.Tests.Instruments;

public sealed class InstrumentMasterDownloaderTests : IDisposable
{
    private const string Address = "https://files.test/master.csv";
    private readonly MockHttpMessageHandler _http = new();
    private readonly ServiceProvider _services;

    public InstrumentMasterDownloaderTests()
    {
        var services = new ServiceCollection();
        services.AddHttpClient("instruments")
            .AddInstrumentDownloadPipeline(_ => new RetryOptions { MaxRetryAttempts = 2, BaseDelay = TimeSpan.Zero, UseJitter = false }, "Test")
            .ConfigurePrimaryHttpMessageHandler(() => _http);
        _services = services.BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        _http.Dispose();
    }

    [Fact]
    public async Task A_non_success_answer_raises_a_typed_api_exception_with_the_status()
    {
        _http.When(HttpMethod.Get, Address).Respond(HttpStatusCode.Forbidden, "application/xml", "<Error><Code>AccessDenied</Code></Error>");

        var error = await Assert.ThrowsAsync<BrokerApiException>(() => DownloadAsync(1024));

        Assert.Equal(403, error.StatusCode);
        Assert.Equal("TestBroker", error.Broker);
        Assert.Equal("instruments.master", error.Endpoint);
        Assert.Contains("AccessDenied", error.ResponseSnippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transient_failure_before_the_body_is_retried()
    {
        _http.Expect(HttpMethod.Get, Address).Respond(HttpStatusCode.ServiceUnavailable);
        _http.Expect(HttpMethod.Get, Address).Respond("text/csv", "VALUE\n1\n");

        Assert.Equal(2, await DownloadAsync(1024));
        _http.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task A_declared_length_over_the_cap_is_refused_before_reading()
    {
        _http.When(HttpMethod.Get, Address).Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(new byte[5000]) });

        var error = await Assert.ThrowsAsync<InstrumentMasterTooLargeException>(() => DownloadAsync(4096));

        Assert.Equal(4096, error.MaxBytes);
        Assert.Contains("4,096-byte cap", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_without_a_length_is_stopped_once_it_passes_the_cap()
    {
        _http.When(HttpMethod.Get, Address).Respond(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new UnknownLengthStream(new byte[100_000])),
        });

        await Assert.ThrowsAsync<InstrumentMasterTooLargeException>(() => DownloadAsync(10_000));
    }

    [Fact]
    public async Task A_download_that_outlives_its_time_limit_raises_a_timeout()
    {
        var time = FakeClock.Create();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Headers arrive, then the body stalls: the time limit covers the whole download, not just the headers.
        _http.When(HttpMethod.Get, Address).Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new StallingStream(started)) });

        var download = DownloadAsync(1024, time, TimeSpan.FromMinutes(5));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        time.Advance(TimeSpan.FromMinutes(5));

        var error = await Assert.ThrowsAsync<BrokerTimeoutException>(() => download);
        Assert.Equal(TimeSpan.FromMinutes(5), error.Timeout);
    }

    private async Task<int> DownloadAsync(long maxBytes, TimeProvider? time = null, TimeSpan? timeout = null)
    {
        var request = new InstrumentDownloadRequest(new Uri(Address), TestCatalog.Endpoint, "TestBroker") { MaxBytes = maxBytes, Timeout = timeout ?? TimeSpan.FromMinutes(1) };
        var client = _services.GetRequiredService<IHttpClientFactory>().CreateClient("instruments");
        return await InstrumentMasterDownloader.DownloadAsync(
            client,
            request,
            async (body, ct) =>
            {
                await using var reader = await InstrumentMasterCsvReader.OpenAsync(body, "m", ct);
                var count = 1; // the header
                while (await reader.ReadAsync(ct))
                {
                    count++;
                }

                return count;
            },
            time ?? TimeProvider.System);
    }

    private sealed class StallingStream(TaskCompletionSource started) : MemoryStream
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }

    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
