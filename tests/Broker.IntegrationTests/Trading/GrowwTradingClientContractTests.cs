namespace Broker.IntegrationTests.Trading;

/// <summary>The shared neutral-interface suite against Groww's sandbox.</summary>
public sealed class GrowwTradingClientContractTests : TradingClientContractTests
{
    protected override string ExpectedBroker => "Groww";

    private protected override Task<TradingSandboxHarness> StartHarnessAsync() => GrowwTradingHarness.StartAsync();
}
