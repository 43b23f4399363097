using Broker.Errors;

namespace Broker.Groww.Errors;

/// <summary>
/// Groww's documented error codes (<c>error.code</c> in a <c>status: FAILURE</c> answer) and what each means to the
/// SDK. There is no GA002. Groww does not document which HTTP status goes with which code, so the SDK decides by
/// the code whenever one is present.
/// </summary>
public static class GrowwErrorCodes
{
    /// <summary><c>GA000</c>: internal error occurred.</summary>
    public const string InternalError = "GA000";

    /// <summary><c>GA001</c>: bad request (the message names the problem, such as "Invalid trading symbol.").</summary>
    public const string BadRequest = "GA001";

    /// <summary><c>GA003</c>: unable to serve the request currently.</summary>
    public const string Unavailable = "GA003";

    /// <summary><c>GA004</c>: the requested entity does not exist.</summary>
    public const string NotFound = "GA004";

    /// <summary><c>GA005</c>: user not authorised to perform this operation.</summary>
    public const string NotAuthorised = "GA005";

    /// <summary><c>GA006</c>: cannot process this request (a definite refusal).</summary>
    public const string CannotProcess = "GA006";

    /// <summary><c>GA007</c>: duplicate order reference id: an order with this reference was already accepted.</summary>
    public const string DuplicateReference = "GA007";

    /// <summary>The table the error reader classifies codes with.</summary>
    public static BrokerErrorCodeTable Table { get; } = new(
    [
        new(InternalError, ErrorCategory.Server, IsTransient: true, "Internal error occurred"),
        new(BadRequest, ErrorCategory.InvalidRequest, IsTransient: false, "Bad request"),
        new(Unavailable, ErrorCategory.Server, IsTransient: true, "Unable to serve request currently"),
        new(NotFound, ErrorCategory.NotFound, IsTransient: false, "Requested entity does not exist"),
        new(NotAuthorised, ErrorCategory.Authorization, IsTransient: false, "User not authorised to perform this operation"),
        new(CannotProcess, ErrorCategory.OrderRejected, IsTransient: false, "Cannot process this request"),
        new(DuplicateReference, ErrorCategory.DuplicateReference, IsTransient: false, "Duplicate order reference id"),
    ]);
}
