using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Dhan;

/// <summary>Dhan trading-API errors: <c>{"errorType":"...","errorCode":"DH-9xx","errorMessage":"..."}</c>.</summary>
internal sealed class DhanTradingProtocol : IBrokerProtocol
{
    public const string InputExceptionMessage = "Missing required fields, bad values for parameters etc.";
    public const string OrderErrorMessage = "Incorrect request for order and cannot be processed.";

    public static DhanTradingProtocol Instance { get; } = new();

    public string Broker => SandboxBrokers.Dhan;

    public SandboxResponse RateLimited() => Error(429, "Rate_Limit", "DH-904",
        "Too many requests on server from single user breaching rate limits. Try throttling API calls.");

    public SandboxResponse ForStatus(int statusCode) => statusCode switch
    {
        400 => Error(400, "Input_Exception", "DH-905", InputExceptionMessage),
        401 => Unauthenticated(),
        403 => Error(403, "Invalid_Access", "DH-902",
            "User has not subscribed to Data APIs or does not have access to Trading APIs. Kindly subscribe to Data APIs to be able to fetch Data."),
        404 => Error(404, "Order_Error", "DH-906", OrderErrorMessage),
        429 => RateLimited(),
        502 or 504 => Error(statusCode, "Network_Error", "DH-909", "Network error where the API was unable to communicate with the backend system."),
        >= 500 => Error(statusCode, "Internal_Server_Error", "DH-908", "Server was not able to process API request. This will only occur rarely."),
        _ => Error(statusCode, "Others", "DH-910", "Error originating from other reasons."),
    };

    public SandboxResponse InvalidField(string message) => Error(400, "Input_Exception", "DH-905", message);

    /// <summary>HTTP 401 DH-901: a missing, unknown or expired access token.</summary>
    public static SandboxResponse Unauthenticated() => Error(401, "Invalid_Authentication", "DH-901",
        "Client ID or user generated access token is invalid or expired.");

    /// <summary>HTTP 400 DH-906 "Invalid Token": a token superseded by a newer one, as observed on the live API.</summary>
    public static SandboxResponse InvalidToken() => Error(400, "Order_Error", "DH-906", "Invalid Token");

    public static SandboxResponse Error(int statusCode, string type, string code, string message) =>
        SandboxResponse.Json(statusCode, w =>
        {
            w.WriteStartObject();
            w.WriteString("errorType", type);
            w.WriteString("errorCode", code);
            w.WriteString("errorMessage", message);
            w.WriteEndObject();
        });

    public static SandboxErrorException OrderError(string message, int statusCode = 400) => new(Error(statusCode, "Order_Error", "DH-906", message));
}
