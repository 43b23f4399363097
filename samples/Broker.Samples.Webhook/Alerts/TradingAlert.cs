using Broker.Samples.Webhook.Configuration;

namespace Broker.Samples.Webhook.Alerts;

/// <summary>A validated alert: everything needed to build the broker's order request. Carries no secret.</summary>
internal sealed record TradingAlert
{
    /// <summary>The broker the alert names, if it names one (it must match the service's broker).</summary>
    public WebhookBroker? Broker { get; init; }

    /// <summary>The trading symbol (<c>symbol</c>), such as <c>RELIANCE</c>; <see langword="null"/> when a security id is given.</summary>
    public string? Symbol { get; init; }

    /// <summary>The broker's instrument id (<c>security_id</c>: Dhan security id, Groww exchange token).</summary>
    public string? SecurityId { get; init; }

    /// <summary>The exchange: <c>NSE</c>, <c>BSE</c> or <c>MCX</c>.</summary>
    public required string Exchange { get; init; }

    /// <summary>The segment.</summary>
    public required AlertSegment Segment { get; init; }

    /// <summary>Buy or sell.</summary>
    public required AlertSide Side { get; init; }

    /// <summary>The quantity in units (shares, or lots × lot size).</summary>
    public required long Quantity { get; init; }

    /// <summary>The order type.</summary>
    public required AlertOrderType OrderType { get; init; }

    /// <summary>The limit price in rupees (LIMIT, SL).</summary>
    public decimal? Price { get; init; }

    /// <summary>The trigger price in rupees (SL, SL_M).</summary>
    public decimal? TriggerPrice { get; init; }

    /// <summary>The product.</summary>
    public required AlertProduct Product { get; init; }

    /// <summary>The alert's own reference (<c>client_reference</c>), used to recognise a repeated alert.</summary>
    public string? ClientReference { get; init; }

    /// <summary>The instrument as written in the log: the symbol, or the security id.</summary>
    public string InstrumentText => Symbol ?? SecurityId ?? string.Empty;
}
