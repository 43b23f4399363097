using System.Text.Json;
using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Groww;

/// <summary>
/// Groww's wire envelopes: success <c>{"status":"SUCCESS","payload":...}</c> and failure
/// <c>{"status":"FAILURE","error":{"code":"GA00x","message":...,"metadata":null}}</c>.
/// </summary>
internal sealed class GrowwProtocol : IBrokerProtocol
{
    public static GrowwProtocol Instance { get; } = new();

    public string Broker => SandboxBrokers.Groww;

    /// <summary>
    /// HTTP 429 with a FAILURE envelope. Groww documents neither the body nor a code for it; the sandbox uses GA003
    /// ("Unable to serve request currently") and sends no <c>Retry-After</c>.
    /// </summary>
    public SandboxResponse RateLimited() =>
        Failure(429, "GA003", "Rate limit exceeded. Too many requests; please try again later.");

    public SandboxResponse ForStatus(int statusCode) => statusCode switch
    {
        400 => Failure(400, "GA001", "Bad request"),
        401 => Unauthenticated(),
        403 => Failure(403, "GA005", "User not authorised to perform this operation"),
        404 => Failure(404, "GA004", "Requested entity does not exist"),
        429 => RateLimited(),
        503 => Failure(503, "GA003", "Unable to serve request currently"),
        >= 500 => Failure(statusCode, "GA000", "Internal error occurred"),
        _ => Failure(statusCode, "GA006", "Cannot process this request"),
    };

    public SandboxResponse InvalidField(string message) => Failure(400, "GA001", message);

    /// <summary>
    /// HTTP 401 for a missing, unknown or expired access token. Groww's real body is undocumented; the sandbox sends a
    /// FAILURE envelope with GA005.
    /// </summary>
    public static SandboxResponse Unauthenticated(string message = "Authentication failed. Your access token is invalid or has expired.") =>
        Failure(401, "GA005", message);

    public static SandboxResponse Failure(int statusCode, string code, string message, bool withDisplayMessage = false) =>
        SandboxResponse.Json(statusCode, w =>
        {
            w.WriteStartObject();
            w.WriteString("status", "FAILURE");
            w.WriteStartObject("error");
            w.WriteString("code", code);
            w.WriteString("message", message);
            if (withDisplayMessage)
            {
                w.WriteString("displayMessage", message);
            }

            w.WriteNull("metadata");
            w.WriteEndObject();
            w.WriteEndObject();
        });

    public static SandboxResponse Success(Action<Utf8JsonWriter> writePayload, int statusCode = 200) =>
        SandboxResponse.Json(statusCode, w =>
        {
            w.WriteStartObject();
            w.WriteString("status", "SUCCESS");
            w.WritePropertyName("payload");
            writePayload(w);
            w.WriteEndObject();
        });

    public static SandboxErrorException Error(int statusCode, string code, string message) => new(Failure(statusCode, code, message));
}
