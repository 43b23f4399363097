namespace Broker.Dhan.Edis;

/// <summary>Requests the CDSL EDIS form to authorise selling holdings (<c>POST /edis/form</c>).</summary>
public sealed record DhanEdisFormRequest
{
    /// <summary>The ISIN to authorise.</summary>
    public required string Isin { get; init; }

    /// <summary>The quantity to authorise (greater than 0).</summary>
    public required long Quantity { get; init; }

    /// <summary>The exchange.</summary>
    public required DhanEdisExchange Exchange { get; init; }

    /// <summary>The segment. Default EQ.</summary>
    public DhanEdisSegment Segment { get; init; } = DhanEdisSegment.Equity;

    /// <summary><see langword="true"/> to authorise all holdings at once.</summary>
    public bool Bulk { get; init; }
}
