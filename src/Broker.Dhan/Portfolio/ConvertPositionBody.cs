namespace Broker.Dhan.Portfolio;

/// <summary>The wire body of <c>POST /positions/convert</c>.</summary>
internal sealed class ConvertPositionBody
{
    public string? DhanClientId { get; init; }

    public DhanProductType FromProductType { get; init; }

    public DhanExchangeSegment ExchangeSegment { get; init; }

    public DhanPositionType PositionType { get; init; }

    public string? SecurityId { get; init; }

    public long ConvertQty { get; init; }

    public DhanProductType ToProductType { get; init; }
}
