using System.Globalization;

namespace Broker.Sandbox;

/// <summary>
/// A failure to inject into the next requests of an endpoint with <see cref="SandboxFaults.Inject"/>. Faults other
/// than <see cref="Delay"/> happen before authentication and rate limiting, so they work with any credentials.
/// </summary>
public sealed class Fault
{
    private Fault(FaultKind kind, TimeSpan delay = default, int statusCode = 0)
    {
        Kind = kind;
        DelayDuration = delay;
        StatusCode = statusCode;
    }

    /// <summary>What the fault does.</summary>
    public FaultKind Kind { get; }

    /// <summary>The wait of a <see cref="FaultKind.Delay"/> fault.</summary>
    public TimeSpan DelayDuration { get; }

    /// <summary>The HTTP status of a <see cref="FaultKind.Status"/> or <see cref="FaultKind.HtmlErrorPage"/> fault.</summary>
    public int StatusCode { get; }

    /// <summary>Aborts the connection before answering; the operation is not performed.</summary>
    public static Fault ResetBeforeResponse { get; } = new(FaultKind.ResetBeforeResponse);

    /// <summary>Performs the operation (an order is created, modified or cancelled), then aborts the connection.</summary>
    public static Fault AcceptThenDrop { get; } = new(FaultKind.AcceptThenDrop);

    /// <summary>Answers with the broker's real 429 body (Groww FAILURE envelope, Dhan DH-904 or data 805).</summary>
    public static Fault TooManyRequests { get; } = new(FaultKind.TooManyRequests, statusCode: 429);

    /// <summary>Performs the operation and answers with a truncated JSON body.</summary>
    public static Fault MalformedJson { get; } = new(FaultKind.MalformedJson);

    /// <summary>Answers 502 with an HTML page, as a load balancer in front of the broker does.</summary>
    public static Fault HtmlErrorPage { get; } = new(FaultKind.HtmlErrorPage, statusCode: 502);

    /// <summary>Waits, then serves the request normally. The wait ends early if the client disconnects.</summary>
    /// <param name="duration">How long to wait; keep it short in tests.</param>
    /// <returns>The fault.</returns>
    public static Fault Delay(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        return new Fault(FaultKind.Delay, delay: duration);
    }

    /// <summary>
    /// Answers with <paramref name="statusCode"/> and the broker's error body for it (Groww: GA000/GA003 for 5xx,
    /// GA001 for 400...; Dhan: DH-908 for 5xx, DH-905 for 400...), without performing the operation.
    /// </summary>
    /// <param name="statusCode">An HTTP status from 400 to 599.</param>
    /// <returns>The fault.</returns>
    public static Fault Status(int statusCode)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        return new Fault(FaultKind.Status, statusCode: statusCode);
    }

    /// <summary>Answers with an HTML error page of the given status.</summary>
    /// <param name="statusCode">An HTTP status from 400 to 599.</param>
    /// <returns>The fault.</returns>
    public static Fault HtmlError(int statusCode)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        return new Fault(FaultKind.HtmlErrorPage, statusCode: statusCode);
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        FaultKind.Delay => $"Delay({DelayDuration.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms)",
        FaultKind.Status or FaultKind.HtmlErrorPage => $"{Kind}({StatusCode.ToString(CultureInfo.InvariantCulture)})",
        _ => Kind.ToString(),
    };
}
