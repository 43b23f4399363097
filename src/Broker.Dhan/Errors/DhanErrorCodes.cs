using Broker.Errors;

namespace Broker.Dhan.Errors;

/// <summary>
/// Dhan's error codes as data: the trading codes DH-901…DH-911 (plus DH-1111), the data-API codes 800…814 that also
/// close market-feed sockets, and the handful of undocumented codes seen in the wild. Messages are the annexure's.
/// </summary>
/// <remarks>
/// The last column says whether the code proves Dhan did nothing with the request. Only those codes make a failed
/// order write <see cref="OrderRejectedException"/>; an order write answered with DH-908, DH-909, DH-910, 800 or a code
/// not listed here has an unknown outcome (<see cref="OrderOutcomeUnknownException"/>).
/// </remarks>
public static class DhanErrorCodes
{
    /// <summary>The code table used by <see cref="DhanErrorReader"/>.</summary>
    public static BrokerErrorCodeTable Table { get; } = new(
    [
        new("DH-901", ErrorCategory.Authentication, false, "Client ID or user generated access token is invalid or expired.", ProvesNotExecuted: true),
        new("DH-902", ErrorCategory.Authorization, false, "User has not subscribed to Data APIs or does not have access to Trading APIs.", ProvesNotExecuted: true),
        new("DH-903", ErrorCategory.Authorization, false, "Errors related to User's Account. Check if the required segments are activated or other requirements are met.", ProvesNotExecuted: true),
        new("DH-904", ErrorCategory.RateLimit, true, "Too many requests on server from single user breaching rate limits. Try throttling API calls.", ProvesNotExecuted: true),
        new("DH-905", ErrorCategory.InvalidRequest, false, "Missing required fields, bad values for parameters etc.", ProvesNotExecuted: true),
        new("DH-906", ErrorCategory.OrderRejected, false, "Incorrect request for order and cannot be processed.", ProvesNotExecuted: true),
        new("DH-907", ErrorCategory.NoData, false, "System is unable to fetch data due to incorrect parameters or no data present.", ProvesNotExecuted: true),
        new("DH-908", ErrorCategory.Server, true, "Server was not able to process API request. This will only occur rarely.", ProvesNotExecuted: false),
        new("DH-909", ErrorCategory.Server, true, "Network error where the API was unable to communicate with the backend system.", ProvesNotExecuted: false),
        new("DH-910", ErrorCategory.Unknown, false, "Error originating from other reasons.", ProvesNotExecuted: false),
        new("DH-911", ErrorCategory.Authorization, false, "Invalid IP (undocumented; the request did not come from a whitelisted static IP).", ProvesNotExecuted: true),
        new("DH-1111", ErrorCategory.NoData, false, "No holdings available (undocumented; production answers HTTP 500 for an empty holdings list).", ProvesNotExecuted: true),
        new("800", ErrorCategory.Server, true, "Internal Server Error", ProvesNotExecuted: false),
        new("804", ErrorCategory.InvalidRequest, false, "Requested number of instruments exceeds limit", ProvesNotExecuted: true),
        new("805", ErrorCategory.RateLimit, true, "Too many requests or connections. Further requests may result in the user being blocked.", ProvesNotExecuted: true),
        new("806", ErrorCategory.Authorization, false, "Data APIs not subscribed", ProvesNotExecuted: true),
        new("807", ErrorCategory.Authentication, false, "Access token is expired", ProvesNotExecuted: true),
        new("808", ErrorCategory.Authentication, false, "Authentication Failed - Client ID or Access Token invalid", ProvesNotExecuted: true),
        new("809", ErrorCategory.Authentication, false, "Access token is invalid", ProvesNotExecuted: true),
        new("810", ErrorCategory.Authentication, false, "Client ID is invalid", ProvesNotExecuted: true),
        new("811", ErrorCategory.InvalidRequest, false, "Invalid Expiry Date", ProvesNotExecuted: true),
        new("812", ErrorCategory.InvalidRequest, false, "Invalid Date Format", ProvesNotExecuted: true),
        new("813", ErrorCategory.InvalidRequest, false, "Invalid SecurityId", ProvesNotExecuted: true),
        new("814", ErrorCategory.InvalidRequest, false, "Invalid Request", ProvesNotExecuted: true),
        new("UNAUTHORIZED", ErrorCategory.Authentication, false, "Legacy gateway envelope for a rejected token (internalErrorCode RS-9005).", ProvesNotExecuted: true),
        new("RL001", ErrorCategory.RateLimit, true, "Portal-documented rate-limit code (never observed; parsed for safety).", ProvesNotExecuted: true),
        new("AUTH001", ErrorCategory.Authentication, false, "Portal-documented authentication code (never observed; parsed for safety).", ProvesNotExecuted: true),
        new("E001", ErrorCategory.InvalidRequest, false, "Portal-documented validation code (never observed; parsed for safety).", ProvesNotExecuted: true),
    ]);

    /// <summary>DH-906: an order error, which also carries "Invalid Token" when Dhan killed the session.</summary>
    public const string OrderError = "DH-906";

    /// <summary>DH-1111: "No holdings available", which the holdings call turns into an empty list.</summary>
    public const string NoHoldings = "DH-1111";

    /// <summary>
    /// Reads a code with its message. DH-905 and DH-906 each cover unrelated causes, so the message decides:
    /// DH-906 "Invalid Token" is an expired session (renew the token), DH-905/DH-906 "Invalid IP" is a static-IP
    /// problem, and DH-906 "Incorrect request …" on a lookup means no such order. Whether the code proves nothing was
    /// done comes from the table (never for a code it does not list).
    /// </summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="code">The broker code, if any.</param>
    /// <param name="message">The broker message, if any.</param>
    /// <returns>The error.</returns>
    public static BrokerErrorInfo Read(int statusCode, string? code, string? message)
    {
        var error = Table.Read(statusCode, code, message);
        if (message is not null)
        {
            if (string.Equals(code, OrderError, StringComparison.OrdinalIgnoreCase) && message.Contains("Invalid Token", StringComparison.OrdinalIgnoreCase))
            {
                return error with { Category = ErrorCategory.Authentication, IsTransient = false };
            }

            if (message.Contains("Invalid IP", StringComparison.OrdinalIgnoreCase))
            {
                return error with { Category = ErrorCategory.Authorization, IsTransient = false };
            }

            if (string.Equals(code, OrderError, StringComparison.OrdinalIgnoreCase) && statusCode == 404)
            {
                return error with { Category = ErrorCategory.NotFound, IsTransient = false };
            }
        }

        return error;
    }
}
