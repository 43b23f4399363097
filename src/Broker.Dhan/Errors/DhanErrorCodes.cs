using Broker.Errors;

namespace Broker.Dhan.Errors;

/// <summary>
/// Dhan's error codes as data: the trading codes DH-901…DH-911 (plus DH-1111), the data-API codes 800…814 that also
/// close market-feed sockets, and the handful of undocumented codes seen in the wild. Messages are the annexure's.
/// </summary>
public static class DhanErrorCodes
{
    /// <summary>The code table used by <see cref="DhanErrorReader"/>.</summary>
    public static BrokerErrorCodeTable Table { get; } = new(
    [
        new("DH-901", ErrorCategory.Authentication, false, "Client ID or user generated access token is invalid or expired."),
        new("DH-902", ErrorCategory.Authorization, false, "User has not subscribed to Data APIs or does not have access to Trading APIs."),
        new("DH-903", ErrorCategory.Authorization, false, "Errors related to User's Account. Check if the required segments are activated or other requirements are met."),
        new("DH-904", ErrorCategory.RateLimit, true, "Too many requests on server from single user breaching rate limits. Try throttling API calls."),
        new("DH-905", ErrorCategory.InvalidRequest, false, "Missing required fields, bad values for parameters etc."),
        new("DH-906", ErrorCategory.OrderRejected, false, "Incorrect request for order and cannot be processed."),
        new("DH-907", ErrorCategory.NoData, false, "System is unable to fetch data due to incorrect parameters or no data present."),
        new("DH-908", ErrorCategory.Server, true, "Server was not able to process API request. This will only occur rarely."),
        new("DH-909", ErrorCategory.Server, true, "Network error where the API was unable to communicate with the backend system."),
        new("DH-910", ErrorCategory.Unknown, false, "Error originating from other reasons."),
        new("DH-911", ErrorCategory.Authorization, false, "Invalid IP (undocumented; the request did not come from a whitelisted static IP)."),
        new("DH-1111", ErrorCategory.NoData, false, "No holdings available (undocumented; production answers HTTP 500 for an empty holdings list)."),
        new("800", ErrorCategory.Server, true, "Internal Server Error"),
        new("804", ErrorCategory.InvalidRequest, false, "Requested number of instruments exceeds limit"),
        new("805", ErrorCategory.RateLimit, true, "Too many requests or connections. Further requests may result in the user being blocked."),
        new("806", ErrorCategory.Authorization, false, "Data APIs not subscribed"),
        new("807", ErrorCategory.Authentication, false, "Access token is expired"),
        new("808", ErrorCategory.Authentication, false, "Authentication Failed - Client ID or Access Token invalid"),
        new("809", ErrorCategory.Authentication, false, "Access token is invalid"),
        new("810", ErrorCategory.Authentication, false, "Client ID is invalid"),
        new("811", ErrorCategory.InvalidRequest, false, "Invalid Expiry Date"),
        new("812", ErrorCategory.InvalidRequest, false, "Invalid Date Format"),
        new("813", ErrorCategory.InvalidRequest, false, "Invalid SecurityId"),
        new("814", ErrorCategory.InvalidRequest, false, "Invalid Request"),
        new("UNAUTHORIZED", ErrorCategory.Authentication, false, "Legacy gateway envelope for a rejected token (internalErrorCode RS-9005)."),
        new("RL001", ErrorCategory.RateLimit, true, "Portal-documented rate-limit code (never observed; parsed for safety)."),
        new("AUTH001", ErrorCategory.Authentication, false, "Portal-documented authentication code (never observed; parsed for safety)."),
        new("E001", ErrorCategory.InvalidRequest, false, "Portal-documented validation code (never observed; parsed for safety)."),
    ]);

    /// <summary>DH-906: an order error, which also carries "Invalid Token" when Dhan killed the session.</summary>
    public const string OrderError = "DH-906";

    /// <summary>DH-1111: "No holdings available", which the holdings call turns into an empty list.</summary>
    public const string NoHoldings = "DH-1111";

    /// <summary>
    /// Classifies a code with its message. DH-905 and DH-906 each cover unrelated causes, so the message decides:
    /// DH-906 "Invalid Token" is an expired session (renew the token), DH-905/DH-906 "Invalid IP" is a static-IP
    /// problem, and DH-906 "Incorrect request …" on a lookup means no such order.
    /// </summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="code">The broker code, if any.</param>
    /// <param name="message">The broker message, if any.</param>
    /// <returns>The category and whether a retry may help.</returns>
    public static (ErrorCategory Category, bool IsTransient) Classify(int statusCode, string? code, string? message)
    {
        if (message is not null)
        {
            if (string.Equals(code, OrderError, StringComparison.OrdinalIgnoreCase) && message.Contains("Invalid Token", StringComparison.OrdinalIgnoreCase))
            {
                return (ErrorCategory.Authentication, false);
            }

            if (message.Contains("Invalid IP", StringComparison.OrdinalIgnoreCase))
            {
                return (ErrorCategory.Authorization, false);
            }

            if (string.Equals(code, OrderError, StringComparison.OrdinalIgnoreCase) && statusCode == 404)
            {
                return (ErrorCategory.NotFound, false);
            }
        }

        return Table.Classify(statusCode, code);
    }
}
