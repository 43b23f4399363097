using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Broker.Sandbox.Hosting;

/// <summary>A request as the handlers see it: method, route values, query, headers and the body already read.</summary>
internal sealed class RequestData(HttpContext context, byte[] body)
{
    private JsonElement? _json;

    public string Method => context.Request.Method;

    public string Path => context.Request.Path.Value ?? "/";

    public byte[] Body { get; } = body;

    public string? Header(string name)
    {
        var values = context.Request.Headers[name];
        return values.Count == 0 ? null : values[0];
    }

    public string? Query(string name)
    {
        var values = context.Request.Query[name];
        return values.Count == 0 ? null : values[0];
    }

    /// <summary>All values of a query parameter, each split at commas (Groww accepts both repeated and comma-joined forms).</summary>
    public IReadOnlyList<string> QueryList(string name) =>
        [.. context.Request.Query[name].SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    public string Route(string name) => Convert.ToString(context.Request.RouteValues[name], CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>The body as a JSON object.</summary>
    /// <exception cref="FieldException">The body is empty, not JSON, or not an object.</exception>
    public JsonElement JsonObject()
    {
        if (_json is { } cached)
        {
            return cached;
        }

        if (Body.Length == 0)
        {
            throw new FieldException("Request body is required.");
        }

        try
        {
            using var document = JsonDocument.Parse(Body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FieldException("Request body must be a JSON object.");
            }

            _json = document.RootElement.Clone();
            return _json.Value;
        }
        catch (JsonException)
        {
            throw new FieldException("Request body is not valid JSON.");
        }
    }
}
