using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Dhan;

/// <summary>Dhan auth-host errors, as observed: <c>{"status":"error","message":"Invalid TOTP"}</c>.</summary>
internal sealed class DhanAuthProtocol(int errorStatusCode) : IBrokerProtocol
{
    public string Broker => SandboxBrokers.Dhan;

    public SandboxResponse RateLimited() => Error(429, "Too many requests. Please try again later.");

    public SandboxResponse ForStatus(int statusCode) => Error(statusCode, statusCode >= 500 ? "Internal server error" : "Bad request");

    public SandboxResponse InvalidField(string message) => Error(errorStatusCode, message);

    public SandboxResponse Refused(string message) => Error(errorStatusCode, message);

    public static SandboxResponse Error(int statusCode, string message) =>
        SandboxResponse.Json(statusCode, w =>
        {
            w.WriteStartObject();
            w.WriteString("status", "error");
            w.WriteString("message", message);
            w.WriteEndObject();
        });
}
