namespace Broker.Sandbox.Engine;

internal sealed class SimOrder(SimAccount account, string id, string exchangeOrderId, OrderTicket ticket, DateTimeOffset createdAt)
{
    /// <summary>The account whose book holds the order.</summary>
    public SimAccount Account { get; } = account;

    public string Id { get; } = id;

    public string ExchangeOrderId { get; } = exchangeOrderId;

    public OrderTicket Ticket { get; set; } = ticket;

    public InstrumentState Instrument => Ticket.Instrument;

    public SandboxOrderState State { get; set; } = SandboxOrderState.Open;

    public long FilledQuantity { get; set; }

    public decimal FilledValue { get; set; }

    public decimal? AverageFillPrice => FilledQuantity == 0 ? null : Math.Round(FilledValue / FilledQuantity, 2);

    public long RemainingQuantity => Ticket.Quantity - FilledQuantity;

    public string? RejectionReason { get; set; }

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    public DateTimeOffset? ExchangeTime { get; set; }

    public int Modifications { get; set; }

    public bool IsWorking => State is SandboxOrderState.Open or SandboxOrderState.PartiallyFilled or SandboxOrderState.TriggerPending;
}
