namespace Broker.Sandbox;

/// <summary>What an injected <see cref="Fault"/> does to a request.</summary>
public enum FaultKind
{
    /// <summary>Waits, then serves the request normally.</summary>
    Delay,

    /// <summary>Answers with an HTTP status and the broker's error body for it, without performing the operation.</summary>
    Status,

    /// <summary>Answers with the broker's real 429 body, without performing the operation.</summary>
    TooManyRequests,

    /// <summary>Aborts the connection before answering, without performing the operation.</summary>
    ResetBeforeResponse,

    /// <summary>Performs the operation (for example creates the order), then aborts the connection instead of answering.</summary>
    AcceptThenDrop,

    /// <summary>Performs the operation and answers with its real status but a truncated, unparseable JSON body.</summary>
    MalformedJson,

    /// <summary>Answers with a load balancer's HTML error page (502 unless another status is given), without performing the operation.</summary>
    HtmlErrorPage,
}
