namespace Broker.Dhan.Funds;

/// <summary>The margin one order needs (<c>POST /margincalculator</c>). Indicative, valid for the current session.</summary>
public sealed record DhanMargin
{
    /// <summary>The total margin required.</summary>
    public decimal TotalMargin { get; init; }

    /// <summary>SPAN margin.</summary>
    public decimal SpanMargin { get; init; }

    /// <summary>Exposure margin.</summary>
    public decimal ExposureMargin { get; init; }

    /// <summary>The balance available.</summary>
    public decimal AvailableBalance { get; init; }

    /// <summary>Variable margin.</summary>
    public decimal VariableMargin { get; init; }

    /// <summary>How much is missing, if anything.</summary>
    public decimal InsufficientBalance { get; init; }

    /// <summary>Brokerage.</summary>
    public decimal Brokerage { get; init; }

    /// <summary>Leverage as Dhan writes it, such as <c>4.00</c>.</summary>
    public string? Leverage { get; init; }
}
