using Broker.Instruments;
using Microsoft.Extensions.Logging;

namespace Broker.Groww.Instruments;

/// <summary>
/// The application's Groww instrument master (a singleton when registered with <c>AddGrowwInstruments</c>): the
/// daily <c>instrument.csv</c>, downloaded and parsed as it streams, indexed, refreshed after each trading day's
/// rollover and swapped atomically. Take <see cref="InstrumentCatalog{TSnapshot}.Snapshot"/> (after one
/// <see cref="InstrumentCatalog{TSnapshot}.GetSnapshotAsync"/> at start-up) for look-ups.
/// </summary>
public sealed class GrowwInstrumentCatalog : InstrumentCatalog<GrowwInstrumentSnapshot>
{
    /// <summary>The name of the HTTP client that downloads the master (configure its primary handler for proxies or tests).</summary>
    public const string HttpClientName = "Broker.Groww.Instruments";

    private readonly HttpClient _httpClient;
    private readonly GrowwInstrumentsOptions _options;

    /// <summary>Creates the catalogue (empty until loaded).</summary>
    /// <param name="httpClient">Downloads the master; with DI, the <see cref="HttpClientName"/> client.</param>
    /// <param name="options">The settings.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">The logger.</param>
    public GrowwInstrumentCatalog(HttpClient httpClient, GrowwInstrumentsOptions options, TimeProvider? timeProvider = null, ILogger<GrowwInstrumentCatalog>? logger = null)
        : base(GrowwServiceKeys.Broker, options, timeProvider, logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        _httpClient = httpClient;
        _options = options;
    }

    /// <inheritdoc />
    protected override Task<GrowwInstrumentSnapshot> DownloadAsync(InstrumentCacheSink? cache, DateTimeOffset loadedAt, CancellationToken cancellationToken)
    {
        var request = new InstrumentDownloadRequest(_options.Address, GrowwInstrumentEndpoints.Master, GrowwServiceKeys.Broker)
        {
            MaxBytes = _options.MaxDownloadBytes,
            Timeout = _options.DownloadTimeout,
        };
        var source = _options.Address.GetLeftPart(UriPartial.Path);
        return InstrumentMasterDownloader.DownloadAsync(
            _httpClient,
            request,
            (body, ct) => GrowwInstrumentParser.ParseAsync(cache?.Capture(body) ?? body, source, loadedAt, _options.TickSizeUnit, ct),
            TimeProvider,
            cancellationToken);
    }

    /// <inheritdoc />
    protected override Task<GrowwInstrumentSnapshot> ParseAsync(Stream csv, string sourceName, DateTimeOffset loadedAt, CancellationToken cancellationToken) =>
        GrowwInstrumentParser.ParseAsync(csv, sourceName, loadedAt, _options.TickSizeUnit, cancellationToken);
}
