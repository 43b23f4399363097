namespace Broker.IntegrationTests.Trading;

/// <summary>The shared neutral-interface suite against Dhan's sandbox.</summary>
public sealed class DhanTradingClientContractTests : TradingClientContractTests
{
    protected override string ExpectedBroker => "Dhan";

    private protected override Task<TradingSandboxHarness> StartHarnessAsync() => DhanTradingHarness.StartAsync();
}
