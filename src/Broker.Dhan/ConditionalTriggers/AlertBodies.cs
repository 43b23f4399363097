using System.Text.Json.Serialization;

namespace Broker.Dhan.ConditionalTriggers;

/// <summary>The wire body of <c>POST /alerts/orders</c> and <c>PUT /alerts/orders/{alertId}</c>.</summary>
internal sealed class AlertBody
{
    public string? DhanClientId { get; init; }

    public string? AlertId { get; init; }

    public AlertConditionBody? Condition { get; init; }

    public List<AlertOrderBody>? Orders { get; init; }
}

/// <summary>The wire form of an alert condition.</summary>
internal sealed class AlertConditionBody
{
    public DhanAlertComparisonType ComparisonType { get; init; }

    public DhanExchangeSegment ExchangeSegment { get; init; }

    public string? SecurityId { get; init; }

    public string? IndicatorName { get; init; }

    public DhanAlertTimeFrame? TimeFrame { get; init; }

    public DhanAlertOperator Operator { get; init; }

    public decimal? ComparingValue { get; init; }

    public string? ComparingIndicatorName { get; init; }

    public DateOnly? ExpDate { get; init; }

    public DhanAlertFrequency Frequency { get; init; }

    public string? UserNote { get; init; }
}

/// <summary>The wire form of an alert's order: Dhan takes price, disclosed quantity and trigger as text.</summary>
internal sealed class AlertOrderBody
{
    public DhanTransactionType TransactionType { get; init; }

    public DhanExchangeSegment ExchangeSegment { get; init; }

    public DhanProductType ProductType { get; init; }

    public DhanOrderType OrderType { get; init; }

    public string? SecurityId { get; init; }

    public long Quantity { get; init; }

    public DhanValidity Validity { get; init; }

    public string? Price { get; init; }

    [JsonPropertyName("discQuantity")]
    public string? DiscQuantity { get; init; }

    public string? TriggerPrice { get; init; }
}
