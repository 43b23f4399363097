using Broker.Dhan;
using Broker.Dhan.Instruments;
using Broker.Groww;
using Broker.Groww.Instruments;
using Broker.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.IntegrationTests.Instruments;

/// <summary>The instrument catalogues download their master files from Broker.Sandbox through the registered pipeline.</summary>
public class InstrumentDownloadTests
{
    [Fact]
    public async Task The_groww_catalogue_downloads_instrument_csv_from_the_sandbox_and_finds_a_symbol()
    {
        await using var sandbox = await BrokerSandbox.StartAsync();
        var services = new ServiceCollection();
        services.AddGrowwClient(o =>
            {
                o.BaseAddress = sandbox.BaseAddress;
                o.Credentials.AccessToken = GrowwSandboxAccount.CreateDemo().AccessToken;
            })
            .AddInstruments(o =>
            {
                o.Address = sandbox.GrowwInstrumentsUri;
                o.AutoRefresh = false;
            });
        await using var provider = services.BuildServiceProvider();

        var snapshot = await provider.GetRequiredService<GrowwInstrumentCatalog>().GetSnapshotAsync();

        var reliance = snapshot.FindByTradingSymbol("RELIANCE", GrowwExchange.Nse, GrowwSegment.Cash);
        Assert.True(reliance.IsFound);
        Assert.Equal("NSE-RELIANCE", reliance.Instrument!.GrowwSymbol);
        Assert.Single(sandbox.Requests.ForEndpoint(SandboxEndpointNames.GrowwInstruments));
    }

    [Theory]
    [InlineData(DhanScripMasterSource.Compact, SandboxEndpointNames.DhanScripMaster)]
    [InlineData(DhanScripMasterSource.Detailed, SandboxEndpointNames.DhanScripMasterDetailed)]
    public async Task The_dhan_catalogue_downloads_each_scrip_master_from_the_sandbox_and_finds_a_security_id(DhanScripMasterSource source, string endpoint)
    {
        await using var sandbox = await BrokerSandbox.StartAsync();
        var services = new ServiceCollection();
        services.AddDhanClient(o =>
            {
                o.Environment = new DhanEnvironment("Broker.Sandbox", sandbox.DhanApiBaseUri, sandbox.DhanAuthBaseUri);
                o.ClientId = DhanSandboxAccount.CreateDemo().ClientId;
                o.AccessToken = DhanSandboxAccount.CreateDemo().AccessToken;
            })
            .AddInstruments(o =>
            {
                o.Source = source;
                o.CompactAddress = sandbox.DhanScripMasterUri;
                o.DetailedAddress = sandbox.DhanScripMasterDetailedUri;
                o.AutoRefresh = false;
            });
        await using var provider = services.BuildServiceProvider();

        var snapshot = await provider.GetRequiredService<DhanInstrumentCatalog>().GetSnapshotAsync();

        var hdfc = snapshot.FindBySecurityId(DhanExchangeSegment.NseEquity, "1333");
        Assert.True(hdfc.IsFound);
        Assert.Equal("HDFCBANK", hdfc.Instrument!.TradingSymbol);
        Assert.Single(sandbox.Requests.ForEndpoint(endpoint));
    }
}
