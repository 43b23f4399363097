using System.Globalization;
using System.Runtime.InteropServices;

namespace Broker.Dhan.Feeds;

/// <summary>A problem found while parsing a binary frame. Parsing never throws on bad input; it reports one of these.</summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct DhanFeedFrameError
{
    /// <summary>Creates an error description.</summary>
    /// <param name="kind">What is wrong.</param>
    /// <param name="offset">Where in the frame the faulty packet starts.</param>
    /// <param name="frameLength">The frame's length.</param>
    /// <param name="responseCode">The faulty packet's response code, when it could be read (-1 otherwise).</param>
    /// <param name="declaredLength">The packet's declared length, when it could be read (-1 otherwise).</param>
    /// <param name="requiredLength">The length needed (header or layout size), when known (-1 otherwise).</param>
    public DhanFeedFrameError(DhanFeedFrameErrorKind kind, int offset, int frameLength, int responseCode, int declaredLength, int requiredLength)
    {
        Kind = kind;
        Offset = offset;
        FrameLength = frameLength;
        ResponseCode = responseCode;
        DeclaredLength = declaredLength;
        RequiredLength = requiredLength;
    }

    /// <summary>What is wrong.</summary>
    public DhanFeedFrameErrorKind Kind { get; }

    /// <summary>The byte offset in the frame where the faulty packet starts.</summary>
    public int Offset { get; }

    /// <summary>The length of the whole frame.</summary>
    public int FrameLength { get; }

    /// <summary>The faulty packet's response code; -1 when not readable.</summary>
    public int ResponseCode { get; }

    /// <summary>The packet's declared length; -1 when not readable.</summary>
    public int DeclaredLength { get; }

    /// <summary>The length the header or the packet's layout needs; -1 when not applicable.</summary>
    public int RequiredLength { get; }

    /// <summary>A sentence describing the problem, for logs.</summary>
    /// <returns>The description.</returns>
    public string Describe() => Kind switch
    {
        DhanFeedFrameErrorKind.TruncatedHeader => string.Create(CultureInfo.InvariantCulture,
            $"Truncated frame: {FrameLength - Offset} byte(s) left at offset {Offset} of {FrameLength}, fewer than the {RequiredLength}-byte packet header."),
        DhanFeedFrameErrorKind.TruncatedPacket => string.Create(CultureInfo.InvariantCulture,
            $"Truncated frame: packet with response code {ResponseCode} at offset {Offset} declares {DeclaredLength} bytes but only {FrameLength - Offset} remain in the {FrameLength}-byte frame."),
        DhanFeedFrameErrorKind.InvalidLength => string.Create(CultureInfo.InvariantCulture,
            $"Invalid packet length {DeclaredLength} (response code {ResponseCode}) at offset {Offset} of a {FrameLength}-byte frame; the rest of the frame was skipped."),
        DhanFeedFrameErrorKind.LengthDisagreesWithLayout => string.Create(CultureInfo.InvariantCulture,
            $"Packet with response code {ResponseCode} at offset {Offset} declares {DeclaredLength} bytes, fewer than its {RequiredLength}-byte layout; read as {RequiredLength} bytes (the length may exclude the header)."),
        _ => string.Create(CultureInfo.InvariantCulture,
            $"Packet with response code {ResponseCode} at offset {Offset} is {DeclaredLength} bytes, shorter than its {RequiredLength}-byte layout; it was skipped."),
    };

    /// <inheritdoc />
    public override string ToString() => Describe();
}
