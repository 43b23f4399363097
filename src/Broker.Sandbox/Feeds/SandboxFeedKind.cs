namespace Broker.Sandbox;

/// <summary>Which of the sandbox's Dhan feed sockets a connection came to.</summary>
public enum SandboxFeedKind
{
    /// <summary>The live market feed (<see cref="BrokerSandbox.DhanMarketFeedUri"/>).</summary>
    MarketFeed = 0,

    /// <summary>20-level depth (<see cref="BrokerSandbox.DhanTwentyDepthUri"/>).</summary>
    TwentyDepth = 1,

    /// <summary>200-level depth (<see cref="BrokerSandbox.DhanTwoHundredDepthUri"/>).</summary>
    TwoHundredDepth = 2,

    /// <summary>Order updates (<see cref="BrokerSandbox.DhanOrderUpdateUri"/>).</summary>
    OrderUpdate = 3,
}
