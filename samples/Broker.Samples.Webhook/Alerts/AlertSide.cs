namespace Broker.Samples.Webhook.Alerts;

/// <summary>Buy or sell (<c>side</c>).</summary>
internal enum AlertSide
{
    /// <summary>Buy.</summary>
    Buy = 1,

    /// <summary>Sell.</summary>
    Sell,
}
