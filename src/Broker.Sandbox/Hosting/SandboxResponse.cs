using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Broker.Sandbox.Hosting;

/// <summary>A complete answer, built before anything is written so that faults can replace, truncate or drop it.</summary>
internal sealed record SandboxResponse(int StatusCode, byte[] Body, string ContentType, string? Location = null)
{
    public const string JsonContentType = "application/json";

    public static SandboxResponse Json(int statusCode, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return new SandboxResponse(statusCode, buffer.WrittenSpan.ToArray(), JsonContentType);
    }

    public static SandboxResponse Redirect(string location, int statusCode = 302) => new(statusCode, [], "text/plain", location);

    public static SandboxResponse Html(int statusCode)
    {
        var reason = statusCode switch
        {
            500 => "Internal Server Error",
            502 => "Bad Gateway",
            503 => "Service Temporarily Unavailable",
            504 => "Gateway Time-out",
            _ => "Error",
        };
        var title = $"{statusCode} {reason}";
        var html = $"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n</body>\r\n</html>\r\n";
        return new SandboxResponse(statusCode, Encoding.UTF8.GetBytes(html), "text/html");
    }

    /// <summary>The same answer with its body cut in half: valid UTF-8, invalid JSON.</summary>
    public SandboxResponse Truncated()
    {
        var length = Math.Max(1, Body.Length / 2);
        var cut = Body.Length == 0 ? "{"u8.ToArray() : Body[..length];
        return this with { Body = cut };
    }
}
