namespace Broker.Samples.Webhook.OrderLog;

/// <summary>One row of the CSV order log: an alert and what became of it. Holds no secret.</summary>
internal sealed record OrderLogEntry
{
    /// <summary>When the alert was handled (IST, ISO 8601).</summary>
    public required string Time { get; init; }

    /// <summary>The service's id for the alert (also in the response and the log lines).</summary>
    public required string AlertId { get; init; }

    /// <summary>The outcome: <c>placed</c>, <c>dry_run</c>, <c>duplicate</c>, <c>invalid</c>, <c>unauthorized</c>, ...</summary>
    public required string Outcome { get; init; }

    /// <summary>The HTTP status answered.</summary>
    public int HttpStatus { get; init; }

    /// <summary><c>Dhan</c> or <c>Groww</c>.</summary>
    public string? Broker { get; init; }

    /// <summary><c>live</c> or <c>dry_run</c>.</summary>
    public string? Mode { get; init; }

    /// <summary>The alert's <c>client_reference</c>.</summary>
    public string? ClientReference { get; init; }

    /// <summary>The reference sent to the broker (Dhan correlation id, Groww order reference).</summary>
    public string? BrokerReference { get; init; }

    /// <summary>The symbol, or the security id, as resolved.</summary>
    public string? Symbol { get; init; }

    /// <summary>The broker's instrument id (Dhan security id, Groww exchange token).</summary>
    public string? SecurityId { get; init; }

    /// <summary>The broker's exchange segment, such as <c>NSE_EQ</c> or <c>NSE/CASH</c>.</summary>
    public string? ExchangeSegment { get; init; }

    /// <summary><c>BUY</c> or <c>SELL</c>.</summary>
    public string? Side { get; init; }

    /// <summary>The quantity.</summary>
    public long? Quantity { get; init; }

    /// <summary><c>MARKET</c>, <c>LIMIT</c>, <c>SL</c> or <c>SL_M</c>.</summary>
    public string? OrderType { get; init; }

    /// <summary>The limit price.</summary>
    public decimal? Price { get; init; }

    /// <summary>The trigger price.</summary>
    public decimal? TriggerPrice { get; init; }

    /// <summary>The broker's product, such as <c>CNC</c>.</summary>
    public string? Product { get; init; }

    /// <summary>The broker's order id.</summary>
    public string? OrderId { get; init; }

    /// <summary>The broker's order status.</summary>
    public string? OrderStatus { get; init; }

    /// <summary>What happened, in words (validation errors, the broker's message).</summary>
    public string? Message { get; init; }
}
