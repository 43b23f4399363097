using System.Net;
using Broker.Errors;
using Broker.Groww.Instruments;
using Broker.Groww.Orders;
using Broker.Testing;
using Broker.Testing.Instruments;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;
using Microsoft.Extensions.Time.Testing;

namespace Broker.Groww.Tests.Instruments;

public sealed class GrowwInstrumentCatalogTests : IDisposable
{
    private const string Address = "https://growwapi-assets.groww.in/instruments/instrument.csv";
    private static readonly DateTimeOffset MondayMorning = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(5.5));

    private readonly MockHttpMessageHandler _http = new();
    private readonly FakeTimeProvider _time = new(MondayMorning);
    private readonly List<HttpRequestMessage> _requests = [];
    private ServiceProvider? _services;

    public void Dispose()
    {
        _services?.Dispose();
        _http.Dispose();
    }

    [Fact]
    public async Task The_catalogue_downloads_the_master_through_its_registered_client_without_a_token()
    {
        RespondWithMaster();
        var catalog = Build();

        var snapshot = await catalog.GetSnapshotAsync();

        Assert.Equal(500, snapshot.Count);
        Assert.Equal(Address, snapshot.Source);
        var request = Assert.Single(_requests);
        Assert.Null(request.Headers.Authorization);
        Assert.Same(catalog, _services!.GetRequiredService<GrowwInstrumentCatalog>());
    }

    [Fact]
    public async Task It_registers_next_to_a_groww_client_without_touching_the_accounts_pipeline()
    {
        RespondWithMaster();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        var instruments = services.AddGrowwClient(o => o.Credentials.AccessToken = "token-abc").AddInstruments();
        instruments.HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => _http);
        _services = services.BuildServiceProvider();

        var snapshot = await _services.GetRequiredService<GrowwInstrumentCatalog>().GetSnapshotAsync();

        Assert.Equal(500, snapshot.Count);
    }

    [Fact]
    public async Task A_missing_master_raises_a_typed_exception_with_the_status()
    {
        _http.When(HttpMethod.Get, Address).Respond(HttpStatusCode.NotFound, "text/plain", "Not Found");
        var catalog = Build();

        var error = await Assert.ThrowsAsync<BrokerApiException>(() => catalog.GetSnapshotAsync().AsTask());

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("Groww", error.Broker);
        Assert.Equal("instruments.csv", error.Endpoint);
    }

    [Fact]
    public async Task A_master_over_the_size_cap_is_refused()
    {
        RespondWithMaster();
        var catalog = Build(o => o.MaxDownloadBytes = 10_000);

        await Assert.ThrowsAsync<Broker.Instruments.InstrumentMasterTooLargeException>(() => catalog.GetSnapshotAsync().AsTask());
    }

    [Fact]
    public async Task The_next_trading_days_master_is_downloaded_after_the_rollover()
    {
        RespondWithMaster();
        var catalog = Build();
        await catalog.GetSnapshotAsync();
        var swapped = new TaskCompletionSource<GrowwInstrumentSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        catalog.SnapshotChanged += (_, s) => swapped.TrySetResult(s);

        _time.Advance(TimeSpan.FromHours(23.5)); // Tuesday 08:30 IST

        var next = await swapped.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, _requests.Count);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 30, 0, TimeSpan.FromHours(5.5)), next.LoadedAt);
    }

    [Fact]
    public async Task ValidateOrder_checks_lot_size_against_the_master_before_sending()
    {
        RespondWithMaster();
        var snapshot = await Build().GetSnapshotAsync();
        var option = snapshot.Instruments.First(i => i.LotSize > 1 && i.StrikePrice is not null);
        var order = new GrowwPlaceOrderRequest
        {
            TradingSymbol = option.TradingSymbol,
            Quantity = option.LotSize + 1,
            Price = 10.05m,
            Exchange = option.Exchange,
            Segment = option.Segment,
            Product = GrowwProduct.Nrml,
            OrderType = GrowwOrderType.Limit,
            TransactionType = GrowwTransactionType.Buy,
        };

        var error = Assert.Throws<BrokerValidationException>(() => snapshot.ValidateOrder(order));

        Assert.Equal("Quantity", error.ParameterName);
        Assert.Contains(option.TradingSymbol, error.Message, StringComparison.Ordinal);
        Assert.Same(option, snapshot.ValidateOrder(order with { Quantity = option.LotSize }));
    }

    private void RespondWithMaster()
    {
        var master = SyntheticInstrumentMasters.ToBytes(s => SyntheticInstrumentMasters.WriteGroww(s, 500));
        _http.When(HttpMethod.Get, Address).Respond(request =>
        {
            _requests.Add(request);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(master) };
        });
    }

    private GrowwInstrumentCatalog Build(Action<GrowwInstrumentsOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddGrowwInstruments(o =>
        {
            o.Retry.MaxRetryAttempts = 0;
            configure?.Invoke(o);
        }).HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => _http);
        _services = services.BuildServiceProvider();
        return _services.GetRequiredService<GrowwInstrumentCatalog>();
    }
}
