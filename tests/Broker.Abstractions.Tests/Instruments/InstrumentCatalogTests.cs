using System.Net;
using Broker.Errors;
using Broker.Instruments;
using Broker.Resilience;
using Broker.Testing;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;
using Microsoft.Extensions.Time.Testing;

namespace Broker.Abstractions.Tests.Instruments;

public sealed class InstrumentCatalogTests : IDisposable
{
    // Monday 2026-11-23 07:00 IST, before the 08:30 rollover.
    private static readonly DateTimeOffset MondayMorning = new(2026, 11, 23, 7, 0, 0, TimeSpan.FromHours(5.5));
    private const string Address = "https://files.test/master.csv";

    private readonly MockHttpMessageHandler _http = new();
    private readonly FakeTimeProvider _time = new(MondayMorning);
    private readonly ServiceProvider _services;
    private readonly string _cacheDirectory = Path.Combine(Path.GetTempPath(), "instr-tests-" + Guid.NewGuid().ToString("N"));
    private int _version;

    public InstrumentCatalogTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddHttpClient("instruments")
            .AddInstrumentDownloadPipeline(_ => new RetryOptions { MaxRetryAttempts = 1, BaseDelay = TimeSpan.Zero, UseJitter = false }, "Test")
            .ConfigurePrimaryHttpMessageHandler(() => _http);
        _services = services.BuildServiceProvider();
        _http.When(HttpMethod.Get, Address).Respond(_ => Csv($"VALUE\nv{++_version}\nx\n"));
    }

    public void Dispose()
    {
        _services.Dispose();
        _http.Dispose();
        if (Directory.Exists(_cacheDirectory))
        {
            Directory.Delete(_cacheDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task The_first_use_downloads_and_later_uses_share_the_snapshot()
    {
        using var catalog = Create();

        var first = await catalog.GetSnapshotAsync();
        var second = await catalog.GetSnapshotAsync();

        Assert.Same(first, second);
        Assert.Equal(1, catalog.Downloads);
        Assert.Equal(2, first.Count);
        Assert.Equal(MondayMorning, first.LoadedAt);
        Assert.Equal(TimeSpan.FromHours(5.5), first.LoadedAt.Offset);
    }

    [Fact]
    public async Task Concurrent_first_uses_share_one_download()
    {
        using var catalog = Create();

        var snapshots = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => catalog.GetSnapshotAsync().AsTask()));

        Assert.Equal(1, catalog.Downloads);
        Assert.All(snapshots, s => Assert.Same(snapshots[0], s));
    }

    [Fact]
    public void Using_the_snapshot_before_loading_says_how_to_load_it()
    {
        using var catalog = Create();

        var error = Assert.Throws<InvalidOperationException>(() => catalog.Snapshot);

        Assert.Contains("GetSnapshotAsync", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_master_refreshes_by_itself_after_the_next_rollover_and_swaps_atomically()
    {
        using var catalog = Create();
        var before = await catalog.GetSnapshotAsync();
        var swapped = NextSwap(catalog);

        _time.Advance(TimeSpan.FromMinutes(89)); // 08:29 IST: not yet
        Assert.False(swapped.IsCompleted);
        _time.Advance(TimeSpan.FromMinutes(1)); // 08:30 IST
        var after = await swapped.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, catalog.Downloads);
        Assert.Equal("v1", before.FirstValue);
        Assert.Equal("v2", after.FirstValue);
        Assert.Same(after, catalog.Snapshot);
        Assert.False(catalog.IsStale);
    }

    [Fact]
    public async Task A_master_loaded_on_friday_stays_fresh_over_the_weekend_and_refreshes_on_monday()
    {
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(5.5)).ToUniversalTime()); // Friday 10:00
        using var catalog = Create(o => o.AutoRefresh = false);
        await catalog.GetSnapshotAsync();

        _time.SetUtcNow(new DateTimeOffset(2026, 11, 29, 20, 0, 0, TimeSpan.FromHours(5.5)).ToUniversalTime()); // Sunday evening
        Assert.False(catalog.IsStale);
        await catalog.GetSnapshotAsync();
        Assert.Equal(1, catalog.Downloads);

        _time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 8, 31, 0, TimeSpan.FromHours(5.5)).ToUniversalTime()); // Monday after rollover
        Assert.True(catalog.IsStale);
        var refreshed = await catalog.GetSnapshotAsync();
        Assert.Equal(2, catalog.Downloads);
        Assert.Equal("v2", refreshed.FirstValue);
    }

    [Fact]
    public async Task The_rollover_time_is_configurable()
    {
        using var catalog = Create(o =>
        {
            o.RolloverTime = new TimeOnly(7, 15);
            o.AutoRefresh = false;
        });
        await catalog.GetSnapshotAsync(); // 07:00

        _time.Advance(TimeSpan.FromMinutes(16));

        Assert.True(catalog.IsStale);
    }

    [Fact]
    public async Task A_failed_refresh_keeps_the_old_master_and_retries_later()
    {
        using var catalog = Create(o => o.RefreshRetryDelay = TimeSpan.FromMinutes(5));
        await catalog.GetSnapshotAsync();
        _http.Clear();
        _http.When(HttpMethod.Get, Address).Respond(HttpStatusCode.NotFound);

        var failed = catalog.RefreshAsync();
        await Assert.ThrowsAsync<BrokerApiException>(() => failed);
        Assert.Equal("v1", catalog.Snapshot.FirstValue);

        // A stale master that cannot be refreshed is still served rather than failing trading.
        _time.Advance(TimeSpan.FromHours(2));
        Assert.Equal("v1", (await catalog.GetSnapshotAsync()).FirstValue);
    }

    [Fact]
    public async Task RefreshAsync_downloads_on_demand_even_when_fresh()
    {
        using var catalog = Create();
        await catalog.GetSnapshotAsync();

        var refreshed = await catalog.RefreshAsync();

        Assert.Equal(2, catalog.Downloads);
        Assert.Equal("v2", refreshed.FirstValue);
    }

    [Fact]
    public async Task A_downloaded_master_is_cached_and_a_restart_restores_it_without_downloading()
    {
        var cacheFile = Path.Combine(_cacheDirectory, "master.csv");
        using (var first = Create(o => o.CacheFilePath = cacheFile))
        {
            await first.GetSnapshotAsync();
        }

        Assert.True(File.Exists(cacheFile));
        Assert.False(File.Exists(cacheFile + ".tmp"));
        using var restarted = Create(o => o.CacheFilePath = cacheFile);

        var restored = await restarted.GetSnapshotAsync();

        Assert.Equal(0, restarted.Downloads);
        Assert.Equal("v1", restored.FirstValue);
        Assert.Equal(MondayMorning, restored.LoadedAt);
        Assert.Equal(cacheFile, restored.Source);
    }

    [Fact]
    public async Task A_stale_cache_is_replaced_by_a_download()
    {
        var cacheFile = Path.Combine(_cacheDirectory, "master.csv");
        using (var first = Create(o => o.CacheFilePath = cacheFile))
        {
            await first.GetSnapshotAsync();
        }

        _time.Advance(TimeSpan.FromDays(1));
        using var nextDay = Create(o => o.CacheFilePath = cacheFile);

        var snapshot = await nextDay.GetSnapshotAsync();

        Assert.Equal(1, nextDay.Downloads);
        Assert.Equal("v2", snapshot.FirstValue);
        Assert.Equal("v2", (await nextDay.LoadFromFileAsync(cacheFile)).FirstValue);
    }

    [Fact]
    public async Task A_failed_download_never_overwrites_a_good_cache()
    {
        var cacheFile = Path.Combine(_cacheDirectory, "master.csv");
        using var catalog = Create(o => o.CacheFilePath = cacheFile);
        await catalog.GetSnapshotAsync();
        _http.Clear();
        _http.When(HttpMethod.Get, Address).Respond(_ => Csv("OTHER\nbroken\n"));

        await Assert.ThrowsAsync<InstrumentMasterFormatException>(() => catalog.RefreshAsync());

        Assert.Equal("v1", (await catalog.LoadFromFileAsync(cacheFile)).FirstValue);
    }

    [Fact]
    public async Task LoadAsync_loads_a_callers_stream()
    {
        using var catalog = Create();

        var snapshot = await catalog.LoadAsync(new MemoryStream("VALUE\nmine\n"u8.ToArray()), "local.csv");

        Assert.Equal("mine", catalog.Snapshot.FirstValue);
        Assert.Equal("local.csv", snapshot.Source);
        Assert.Equal(0, catalog.Downloads);
    }

    private TestCatalog Create(Action<TestCatalogOptions>? configure = null)
    {
        var options = new TestCatalogOptions { Address = new Uri(Address) };
        configure?.Invoke(options);
        return new TestCatalog(_services.GetRequiredService<IHttpClientFactory>().CreateClient("instruments"), options, _time);
    }

    private static Task<TestSnapshot> NextSwap(TestCatalog catalog)
    {
        var swapped = new TaskCompletionSource<TestSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        catalog.SnapshotChanged += (_, snapshot) => swapped.TrySetResult(snapshot);
        return swapped.Task;
    }

    private static HttpResponseMessage Csv(string body) => new(HttpStatusCode.OK) { Content = new StringContent(body, System.Text.Encoding.UTF8, "text/csv") };
}
