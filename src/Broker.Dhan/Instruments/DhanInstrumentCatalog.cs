using Broker.Dhan.Errors;
using Broker.Instruments;
using Microsoft.Extensions.Logging;

namespace Broker.Dhan.Instruments;

/// <summary>
/// The application's Dhan instrument master (a singleton when registered with <c>AddDhanInstruments</c>): the
/// detailed or compact scrip master, or the per-segment lists, downloaded and parsed as they stream, indexed by
/// (segment, security id), refreshed after each trading day's rollover and swapped atomically. Take
/// <see cref="InstrumentCatalog{TSnapshot}.Snapshot"/> (after one <see cref="InstrumentCatalog{TSnapshot}.GetSnapshotAsync"/>
/// at start-up) for look-ups.
/// </summary>
public sealed class DhanInstrumentCatalog : InstrumentCatalog<DhanInstrumentSnapshot>
{
    /// <summary>The name of the HTTP client that downloads the scrip-master files (configure its primary handler for proxies or tests).</summary>
    public const string HttpClientName = "Broker.Dhan.Instruments";

    private readonly HttpClient _fileClient;
    private readonly HttpClient? _apiClient;
    private readonly Uri? _apiBaseAddress;
    private readonly DhanInstrumentsOptions _options;

    /// <summary>Creates the catalogue (empty until loaded).</summary>
    /// <param name="fileClient">Downloads the scrip-master files; with DI, the <see cref="HttpClientName"/> client.</param>
    /// <param name="options">The settings.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="apiClient">
    /// For <see cref="DhanScripMasterSource.Segments"/>: the account's client (its pipeline adds the token and rate
    /// limits). That pipeline reads each answer whole within the account's <c>RequestTimeout</c>; the per-segment lists
    /// are far smaller than the full master.
    /// </param>
    /// <param name="apiBaseAddress">For <see cref="DhanScripMasterSource.Segments"/>: the REST base ending in <c>/v2/</c> (default production).</param>
    public DhanInstrumentCatalog(
        HttpClient fileClient,
        DhanInstrumentsOptions options,
        TimeProvider? timeProvider = null,
        ILogger<DhanInstrumentCatalog>? logger = null,
        HttpClient? apiClient = null,
        Uri? apiBaseAddress = null)
        : base(DhanErrorReader.Broker, options, timeProvider, logger)
    {
        ArgumentNullException.ThrowIfNull(fileClient);
        _fileClient = fileClient;
        _options = options;
        _apiClient = apiClient;
        _apiBaseAddress = apiBaseAddress ?? DhanEnvironment.Production.ApiBaseAddress;
    }

    /// <inheritdoc />
    protected override async Task<DhanInstrumentSnapshot> DownloadAsync(InstrumentCacheSink? cache, DateTimeOffset loadedAt, CancellationToken cancellationToken)
    {
        var builder = new DhanScripMasterParser.Builder(_options.TickSizeUnit);
        if (_options.Source != DhanScripMasterSource.Segments)
        {
            var address = _options.Source == DhanScripMasterSource.Compact ? _options.CompactAddress : _options.DetailedAddress;
            var endpoint = _options.Source == DhanScripMasterSource.Compact ? DhanInstrumentEndpoints.ScripMasterCompact : DhanInstrumentEndpoints.ScripMasterDetailed;
            await DownloadPartAsync(_fileClient, address, endpoint, builder, cache, skipHeader: false, cancellationToken).ConfigureAwait(false);
            return builder.Build(loadedAt, address.GetLeftPart(UriPartial.Path));
        }

        var client = _apiClient ?? throw new InvalidOperationException(
            "Dhan instruments: Source is Segments, which needs the account's HTTP client. Register the catalogue with AddDhanClient(…).AddInstruments(…), or pass apiClient.");
        var root = _apiBaseAddress!.AbsoluteUri.EndsWith('/') ? _apiBaseAddress : new Uri(_apiBaseAddress.AbsoluteUri + "/");
        for (var i = 0; i < _options.Segments.Count; i++)
        {
            var address = new Uri(root, "instrument/" + Uri.EscapeDataString(_options.Segments[i].Value));
            await DownloadPartAsync(client, address, DhanInstrumentEndpoints.Segment, builder, cache, skipHeader: i > 0, cancellationToken).ConfigureAwait(false);
        }

        return builder.Build(loadedAt, new Uri(root, "instrument/{" + string.Join(",", _options.Segments) + "}").ToString());
    }

    /// <inheritdoc />
    protected override Task<DhanInstrumentSnapshot> ParseAsync(Stream csv, string sourceName, DateTimeOffset loadedAt, CancellationToken cancellationToken) =>
        DhanScripMasterParser.ParseAsync(csv, sourceName, loadedAt, _options.TickSizeUnit, cancellationToken);

    private Task<int> DownloadPartAsync(
        HttpClient client, Uri address, Broker.Http.BrokerEndpoint endpoint, DhanScripMasterParser.Builder builder, InstrumentCacheSink? cache, bool skipHeader, CancellationToken cancellationToken)
    {
        var request = new InstrumentDownloadRequest(address, endpoint, DhanErrorReader.Broker)
        {
            MaxBytes = _options.MaxDownloadBytes,
            Timeout = _options.DownloadTimeout,
            ErrorReader = endpoint.RequiresAuthentication ? new DhanErrorReader() : null,
        };
        var source = address.GetLeftPart(UriPartial.Path);
        return InstrumentMasterDownloader.DownloadAsync(
            client,
            request,
            (body, ct) => builder.AddAsync(cache?.Capture(body, skipHeader) ?? body, source, ct),
            TimeProvider,
            cancellationToken);
    }
}
