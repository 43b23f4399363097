namespace Broker.Dhan.Portfolio;

/// <summary>Converts (part of) a position to another product type (<c>POST /positions/convert</c>), such as INTRADAY to CNC.</summary>
public sealed record DhanConvertPositionRequest
{
    /// <summary>The product type the position has now.</summary>
    public required DhanProductType FromProductType { get; init; }

    /// <summary>The product type to convert to.</summary>
    public required DhanProductType ToProductType { get; init; }

    /// <summary>The exchange segment.</summary>
    public required DhanExchangeSegment ExchangeSegment { get; init; }

    /// <summary>LONG or SHORT.</summary>
    public required DhanPositionType PositionType { get; init; }

    /// <summary>The security id.</summary>
    public required string SecurityId { get; init; }

    /// <summary>The quantity to convert (greater than 0).</summary>
    public required long ConvertQuantity { get; init; }
}
