using Broker.Errors;

namespace Broker.Groww.Errors;

/// <summary>
/// Groww's documented error codes (<c>error.code</c> in a <c>status: FAILURE</c> answer) and what each means to the
/// SDK. There is no GA002. Groww does not document which HTTP status goes with which code, so the SDK decides by
/// the code whenever one is present.
/// </summary>
/// <remarks>
/// The last column says whether the code proves Groww did nothing with the request. Only those codes make a failed
/// order write <see cref="OrderRejectedException"/>; an order write answered with <c>GA000</c>, <c>GA003</c> (without
/// HTTP 429) or a code not listed here has an unknown outcome (<see cref="OrderOutcomeUnknownException"/>).
/// </remarks>
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
        new(InternalError, ErrorCategory.Server, IsTransient: true, "Internal error occurred", ProvesNotExecuted: false),
        new(BadRequest, ErrorCategory.InvalidRequest, IsTransient: false, "Bad request", ProvesNotExecuted: true),
        new(Unavailable, ErrorCategory.Server, IsTransient: true, "Unable to serve request currently", ProvesNotExecuted: false),
        new(NotFound, ErrorCategory.NotFound, IsTransient: false, "Requested entity does not exist", ProvesNotExecuted: true),
        new(NotAuthorised, ErrorCategory.Authorization, IsTransient: false, "User not authorised to perform this operation", ProvesNotExecuted: true),
        new(CannotProcess, ErrorCategory.OrderRejected, IsTransient: false, "Cannot process this request", ProvesNotExecuted: true),
        new(DuplicateReference, ErrorCategory.DuplicateReference, IsTransient: false, "Duplicate order reference id", ProvesNotExecuted: true),
    ]);
}
