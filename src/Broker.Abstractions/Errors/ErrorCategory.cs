namespace Broker.Errors;

/// <summary>
/// What kind of failure a broker error is, independent of the broker's own code. Catch on the exception type
/// for control flow; use the category for logging, metrics and deciding what to tell a human.
/// </summary>
public enum ErrorCategory
{
    /// <summary>The broker's answer could not be classified.</summary>
    Unknown = 0,

    /// <summary>The access token is missing, invalid or expired (HTTP 401, Dhan DH-901/807/808/809, DH-906 "Invalid Token").</summary>
    Authentication,

    /// <summary>The account may not do this (HTTP 403, Groww GA005 "not authorised", segment not activated, no data subscription, IP not whitelisted).</summary>
    Authorization,

    /// <summary>Too many requests (HTTP 429, Dhan DH-904/805) or the client-side limiter refused.</summary>
    RateLimit,

    /// <summary>The request was malformed or a parameter was invalid (HTTP 400, Groww GA001, Dhan DH-905/811-814).</summary>
    InvalidRequest,

    /// <summary>The requested entity does not exist (HTTP 404, Groww GA004).</summary>
    NotFound,

    /// <summary>The broker refused the order itself (Groww GA006, Dhan DH-906).</summary>
    OrderRejected,

    /// <summary>The client reference was already used for an accepted order (Groww GA007).</summary>
    DuplicateReference,

    /// <summary>No data was available for the request (Dhan DH-907).</summary>
    NoData,

    /// <summary>The broker failed internally (HTTP 5xx, Groww GA000/GA003, Dhan DH-908/909/800).</summary>
    Server,

    /// <summary>The request could not be delivered or the answer could not be read (connection reset, DNS, TLS).</summary>
    Network,

    /// <summary>The broker did not answer within the configured time.</summary>
    Timeout,

    /// <summary>The broker answered with something that is not the documented shape (HTML, empty body, bad JSON).</summary>
    InvalidResponse,
}
