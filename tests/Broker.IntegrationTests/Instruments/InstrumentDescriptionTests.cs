using Broker.Dhan.Instruments;
using Broker.Groww.Instruments;
using Broker.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.IntegrationTests.Instruments;

/// <summary>A catalogue and its snapshots say in their <c>ToString()</c> what they hold, for logs and debuggers.</summary>
public sealed class InstrumentDescriptionTests : IAsyncLifetime
{
    private BrokerSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await BrokerSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task A_catalogue_says_it_is_not_loaded_then_what_it_loaded()
    {
        var services = new ServiceCollection();
        services.AddDhanClient(_ => { }).UseSandbox(_sandbox).AddInstruments();
        await using var provider = services.BuildServiceProvider();
        var catalog = provider.GetRequiredService<DhanInstrumentCatalog>();

        var before = catalog.ToString();
        var snapshot = await catalog.GetSnapshotAsync();

        Assert.Equal("Dhan instrument catalogue (not loaded)", before);
        Assert.Equal(
            $"Dhan instrument catalogue ({snapshot.Count} instruments from {_sandbox.DhanScripMasterDetailedUri}, loaded {snapshot.LoadedAt:yyyy-MM-dd HH:mm:ss} +05:30)",
            catalog.ToString());
    }

    [Fact]
    public async Task A_dhan_snapshot_says_how_many_instruments_from_where_and_when()
    {
        var services = new ServiceCollection();
        services.AddDhanClient(_ => { }).UseSandbox(_sandbox).AddInstruments();
        await using var provider = services.BuildServiceProvider();

        var snapshot = await provider.GetRequiredService<DhanInstrumentCatalog>().GetSnapshotAsync();

        Assert.Equal($"Dhan instruments: {snapshot.Count} from {_sandbox.DhanScripMasterDetailedUri}, loaded {snapshot.LoadedAt:yyyy-MM-dd HH:mm:ss} +05:30", snapshot.ToString());
    }

    [Fact]
    public async Task A_groww_snapshot_says_how_many_instruments_from_where_and_when()
    {
        var services = new ServiceCollection();
        services.AddGrowwClient(_ => { }).UseSandbox(_sandbox).AddInstruments();
        await using var provider = services.BuildServiceProvider();

        var snapshot = await provider.GetRequiredService<GrowwInstrumentCatalog>().GetSnapshotAsync();

        Assert.StartsWith($"Groww instruments: {snapshot.Count} from {_sandbox.GrowwInstrumentsUri}, loaded ", snapshot.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("+05:30", snapshot.ToString(), StringComparison.Ordinal);
    }
}
