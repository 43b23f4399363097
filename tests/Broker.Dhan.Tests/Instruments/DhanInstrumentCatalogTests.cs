using System.Net;
using Broker.Dhan.Instruments;
using Broker.Dhan.Orders;
using Broker.Dhan.Tests.TestSupport;
using Broker.Errors;
using Broker.Testing;
using Broker.Testing.Instruments;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Broker.Dhan.Tests.Instruments;

public sealed class DhanInstrumentCatalogTests : IDisposable
{
    private const string DetailedAddress = "https://images.dhan.co/api-data/api-scrip-master-detailed.csv";
    private static readonly DateTimeOffset MondayMorning = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(5.5));

    private readonly MockHttpMessageHandler _files = new();
    private readonly MockHttpMessageHandler _api = new();
    private readonly FakeTimeProvider _time = new(MondayMorning);
    private readonly string _cacheDirectory = Path.Combine(Path.GetTempPath(), "dhan-instr-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;

    public void Dispose()
    {
        _services?.Dispose();
        _files.Dispose();
        _api.Dispose();
        if (Directory.Exists(_cacheDirectory))
        {
            Directory.Delete(_cacheDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task The_detailed_master_downloads_through_the_registered_file_client()
    {
        var master = SyntheticInstrumentMasters.ToBytes(s => SyntheticInstrumentMasters.WriteDhanDetailed(s, 1000));
        _files.Expect(HttpMethod.Get, DetailedAddress).Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(master) });
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddDhanInstruments().HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => _files);
        _services = services.BuildServiceProvider();

        var snapshot = await _services.GetRequiredService<DhanInstrumentCatalog>().GetSnapshotAsync();

        Assert.Equal(1000, snapshot.Count);
        _files.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task Per_segment_lists_go_through_the_accounts_pipeline_with_its_token_and_are_cached_as_one_file()
    {
        var cacheFile = Path.Combine(_cacheDirectory, "dhan.csv");
        var header = SyntheticInstrumentMasters.DhanDetailedHeader;
        _api.Expect(HttpMethod.Get, "https://api.dhan.co/v2/instrument/NSE_EQ").WithHeaders("access-token", Token)
            .Respond("text/csv", header + "\nNSE,E,2885,INE002A01018,EQUITY,,,RELIANCE,Reliance,ES,EQ,1.0,,,,0.1000,NA,Y,Y,N,NA,A,0,0,0,0,0,0,4.00,1650.00,1350.00,0,");
        _api.Expect(HttpMethod.Get, "https://api.dhan.co/v2/instrument/NSE_FNO").WithHeaders("access-token", Token)
            .Respond("text/csv", header + "\nNSE,D,35084,NA,OPTIDX,26000,NIFTY,NIFTY-Sep2026-29150-CE,NIFTY 29 SEP 29150 CALL,OP,NA,65.0,2026-09-29,29150.00000,CE,5.0000,M,N,N,N,NA,A,0,0,0,0,0,0,0,20.1000,0.0500,1756,\n");
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        var account = services.AddDhanClient(o =>
        {
            o.ClientId = "1000000001";
            o.AccessToken = Token;
        });
        account.HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => _api);
        account.AddInstruments(o =>
        {
            o.Source = DhanScripMasterSource.Segments;
            o.Segments.Clear();
            o.Segments.Add(DhanExchangeSegment.NseEquity);
            o.Segments.Add(DhanExchangeSegment.NseFno);
            o.CacheFilePath = cacheFile;
        }).HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => _files);
        _services = services.BuildServiceProvider();
        var catalog = _services.GetRequiredService<DhanInstrumentCatalog>();

        var snapshot = await catalog.GetSnapshotAsync();

        Assert.Equal(2, snapshot.Count);
        Assert.Equal(65, snapshot.FindBySecurityId(DhanExchangeSegment.NseFno, "35084").GetSingle().LotSize);
        _api.VerifyNoOutstandingExpectation();
        var cached = await catalog.LoadFromFileAsync(cacheFile);
        Assert.Equal(["2885", "35084"], cached.Instruments.Select(i => i.SecurityId));
    }

    [Fact]
    public async Task A_failed_download_raises_a_typed_exception()
    {
        _files.When(HttpMethod.Get, DetailedAddress).Respond(HttpStatusCode.BadGateway);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddDhanInstruments(o => o.Retry.MaxRetryAttempts = 0).HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => _files);
        _services = services.BuildServiceProvider();

        var error = await Assert.ThrowsAsync<BrokerApiException>(() => _services.GetRequiredService<DhanInstrumentCatalog>().GetSnapshotAsync().AsTask());

        Assert.Equal(502, error.StatusCode);
        Assert.Equal("instruments.detailed", error.Endpoint);
    }

    [Fact]
    public async Task ValidateOrder_refuses_a_quantity_at_the_freeze_quantity_naming_the_instrument()
    {
        var snapshot = await DhanScripMasterParser.ParseAsync(
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SyntheticInstrumentMasters.DhanDetailedHeader + "\n" +
                "NSE,D,35084,NA,OPTIDX,26000,NIFTY,NIFTY-Sep2026-29150-CE,NIFTY 29 SEP 29150 CALL,OP,NA,65.0,2026-09-29,29150.00000,CE,5.0000,M,N,N,N,NA,A,0,0,0,0,0,0,0,20.1000,0.0500,1756,\n")),
            "m.csv",
            MondayMorning);
        static DhanPlaceOrderRequest Order(DhanExchangeSegment segment) => new()
        {
            SecurityId = "35084",
            ExchangeSegment = segment,
            TransactionType = DhanTransactionType.Buy,
            Quantity = 1820,
            OrderType = DhanOrderType.Limit,
            ProductType = DhanProductType.Margin,
            Price = 10.05m,
        };

        var error = Assert.Throws<BrokerValidationException>(() => snapshot.ValidateOrder(Order(DhanExchangeSegment.NseFno)));

        Assert.Contains("freeze quantity 1756", error.Message, StringComparison.Ordinal);
        Assert.Contains("NSE_FNO:35084", error.Message, StringComparison.Ordinal);
        Assert.Throws<Broker.Instruments.InstrumentNotFoundException>(() => snapshot.ValidateOrder(Order(DhanExchangeSegment.BseFno)));
    }

    private static string Token { get; } = TestJwt.WithExpiry(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(5.5)));
}
