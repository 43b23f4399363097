using Broker.Http;
using Broker.Instruments;
using Broker.RateLimiting;

namespace Broker.Abstractions.Tests.Instruments;

internal sealed record TestSnapshot(DateTimeOffset LoadedAt, string Source, int Count, string FirstValue) : IInstrumentSnapshot;

internal sealed class TestCatalogOptions : InstrumentCatalogOptions
{
    public Uri Address { get; set; } = new("https://files.test/master.csv");
}

/// <summary>A minimal broker catalogue: a one-column master, downloaded through the shared downloader.</summary>
internal sealed class TestCatalog(HttpClient http, TestCatalogOptions options, TimeProvider time) : InstrumentCatalog<TestSnapshot>("TestBroker", options, time, null)
{
    public static readonly BrokerEndpoint Endpoint = new("instruments.master", RateLimitCategory.Unlimited) { IsIdempotent = true, RequiresAuthentication = false };

    public int Downloads { get; private set; }

    protected override Task<TestSnapshot> DownloadAsync(InstrumentCacheSink? cache, DateTimeOffset loadedAt, CancellationToken cancellationToken)
    {
        Downloads++;
        var request = new InstrumentDownloadRequest(options.Address, Endpoint, "TestBroker") { MaxBytes = options.MaxDownloadBytes, Timeout = options.DownloadTimeout };
        return InstrumentMasterDownloader.DownloadAsync(http, request, (body, ct) => ParseAsync(cache?.Capture(body) ?? body, options.Address.ToString(), loadedAt, ct), TimeProvider, cancellationToken);
    }

    protected override async Task<TestSnapshot> ParseAsync(Stream csv, string sourceName, DateTimeOffset loadedAt, CancellationToken cancellationToken)
    {
        await using var reader = await InstrumentMasterCsvReader.OpenAsync(csv, sourceName, cancellationToken);
        var column = reader.Required("VALUE");
        var count = 0;
        var first = string.Empty;
        while (await reader.ReadAsync(cancellationToken))
        {
            if (count++ == 0)
            {
                first = reader.GetField(column).ToString();
            }
        }

        return new TestSnapshot(loadedAt, sourceName, count, first);
    }
}
