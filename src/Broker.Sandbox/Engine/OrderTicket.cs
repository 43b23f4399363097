namespace Broker.Sandbox.Engine;

/// <summary>A validated order request, in broker-neutral terms; wire strings are kept to echo them back.</summary>
internal sealed record OrderTicket(
    InstrumentState Instrument,
    OrderSide Side,
    SimOrderType OrderType,
    string Product,
    ProductClass ProductClass,
    string Validity,
    bool ImmediateOrCancel,
    long Quantity,
    decimal? Price,
    decimal? TriggerPrice,
    string? ClientReference,
    long DisclosedQuantity = 0,
    bool AfterMarketOrder = false,
    string? AmoTime = null);
