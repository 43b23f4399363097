using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Dhan;

/// <summary>Dhan data-API errors: <c>{"data":{"8xx":"message"},"status":"failed"}</c>.</summary>
internal sealed class DhanDataProtocol : IBrokerProtocol
{
    public static DhanDataProtocol Instance { get; } = new();

    public string Broker => SandboxBrokers.Dhan;

    public SandboxResponse RateLimited() => Error(429, "805", "Too many requests. Further requests may result in the user being blocked.");

    public SandboxResponse ForStatus(int statusCode) => statusCode switch
    {
        401 => Error(401, "808", "Authentication Failed - Client ID or Token invalid"),
        429 => RateLimited(),
        >= 500 => Error(statusCode, "800", "Internal Server Error"),
        _ => Error(statusCode, "814", "Invalid Request"),
    };

    public SandboxResponse InvalidField(string message) => Error(400, "814", "Invalid Request");

    public static SandboxResponse Error(int statusCode, string code, string message) =>
        SandboxResponse.Json(statusCode, w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("data");
            w.WriteString(code, message);
            w.WriteEndObject();
            w.WriteString("status", "failed");
            w.WriteEndObject();
        });
}
