using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Broker.Sandbox.Hosting;

/// <summary>
/// The sandbox's own control routes under <c>/_sandbox/</c> (<see cref="SandboxOptions.ControlApi"/>): what
/// <see cref="BrokerSandbox.Requests"/>, <see cref="BrokerSandbox.Market"/> and <see cref="BrokerSandbox.Faults"/> do
/// in process, over HTTP, so that a client in any language can read the request log, move prices and inject faults.
/// Bodies are read with <see cref="JsonDocument"/> and written with <see cref="Utf8JsonWriter"/>: no reflection, so the
/// package stays trimming-safe.
/// </summary>
internal static class SandboxControlApi
{
    public const string Prefix = "/_sandbox";
    private const int MaxBodyBytes = 16 * 1024;

    public static void Map(WebApplication app, SandboxContext context)
    {
        app.MapGet(Prefix + "/requests", http => WriteAsync(http, 200, w => WriteRequests(w, context, http.Request.Query)));
        app.MapGet(Prefix + "/endpoints", http => WriteAsync(http, 200, w => WriteStrings(w, "endpoints", SandboxEndpointNames.All.Order(StringComparer.Ordinal))));
        app.MapGet(Prefix + "/prices", http => WriteAsync(http, 200, w => WritePrices(w, context.Market)));
        app.MapPut(Prefix + "/prices/{symbol}", http => SetPriceAsync(http, context.Market));
        app.MapPost(Prefix + "/market/step", http => StepAsync(http, context.Market));
        app.MapPost(Prefix + "/faults", http => InjectFaultAsync(http, context.Faults));
        app.MapDelete(Prefix + "/faults", http =>
        {
            context.Faults.Clear();
            http.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
    }

    private static void WriteRequests(Utf8JsonWriter w, SandboxContext context, IQueryCollection query)
    {
        var after = long.TryParse(query["after"], NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : 0;
        var limit = int.TryParse(query["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out var l) && l > 0 ? Math.Min(l, 10_000) : 1_000;
        var requests = context.Requests.Snapshot().Where(r => r.Sequence > after).TakeLast(limit);
        w.WriteStartObject();
        w.WriteStartArray("requests");
        foreach (var r in requests)
        {
            w.WriteStartObject();
            w.WriteNumber("sequence", r.Sequence);
            w.WriteString("arrivedAt", r.ArrivedAt);
            w.WriteNumber("elapsedMs", Math.Round(r.Elapsed.TotalMilliseconds, 3));
            w.WriteString("broker", r.Broker);
            w.WriteString("endpoint", r.Endpoint);
            w.WriteString("category", r.Category);
            w.WriteString("method", r.Method);
            w.WriteString("path", r.Path);
            w.WriteNumber("statusCode", r.StatusCode);
            w.WriteString("account", r.Account);
            w.WriteString("fault", r.Fault?.ToString());
            w.WriteBoolean("rateLimited", r.RateLimited);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePrices(Utf8JsonWriter w, SandboxMarket market)
    {
        w.WriteStartObject();
        w.WriteStartArray("prices");
        foreach (var instrument in market.Instruments)
        {
            w.WriteStartObject();
            w.WriteString("symbol", instrument.TradingSymbol);
            w.WriteString("dhanSecurityId", instrument.DhanSecurityId);
            w.WriteNumber("price", market.GetPrice(instrument.TradingSymbol));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static async Task SetPriceAsync(HttpContext http, SandboxMarket market)
    {
        var symbol = (string?)http.Request.RouteValues["symbol"] ?? string.Empty;
        using var body = await ReadBodyAsync(http).ConfigureAwait(false);
        if (body is null || !body.RootElement.TryGetProperty("price", out var priceElement)
            || priceElement.ValueKind != JsonValueKind.Number || !priceElement.TryGetDecimal(out var price) || price <= 0)
        {
            await ProblemAsync(http, 400, "The body must be a JSON object with a positive number \"price\", e.g. {\"price\": 3100.5}.").ConfigureAwait(false);
            return;
        }

        if (!market.Instruments.Any(i => i.TradingSymbol == symbol || i.DhanSecurityId == symbol))
        {
            await ProblemAsync(http, 404, $"No sandbox instrument '{symbol}'; GET {Prefix}/prices lists them.").ConfigureAwait(false);
            return;
        }

        market.SetPrice(symbol, price);
        await WriteAsync(http, 200, w =>
        {
            w.WriteStartObject();
            w.WriteString("symbol", symbol);
            w.WriteNumber("price", market.GetPrice(symbol));
            w.WriteEndObject();
        }).ConfigureAwait(false);
    }

    private static Task StepAsync(HttpContext http, SandboxMarket market)
    {
        var raw = http.Request.Query["steps"].ToString();
        var steps = 1;
        if (raw.Length > 0 && (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out steps) || steps is < 1 or > 10_000))
        {
            return ProblemAsync(http, 400, "steps must be a whole number from 1 to 10000.");
        }

        market.Step(steps);
        return WriteAsync(http, 200, w => WritePrices(w, market));
    }

    private static async Task InjectFaultAsync(HttpContext http, SandboxFaults faults)
    {
        using var body = await ReadBodyAsync(http).ConfigureAwait(false);
        if (body is null)
        {
            await ProblemAsync(http, 400, "The body must be a JSON object such as {\"endpoint\":\"groww.orders.create\",\"fault\":\"AcceptThenDrop\",\"count\":1}.").ConfigureAwait(false);
            return;
        }

        var root = body.RootElement;
        var endpoint = root.TryGetProperty("endpoint", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : string.Empty;
        if (endpoint.Length == 0 || (!endpoint.EndsWith('*') && !SandboxEndpointNames.All.Contains(endpoint)))
        {
            await ProblemAsync(http, 400, $"\"endpoint\" must be a sandbox endpoint name or a prefix ending in '*'; GET {Prefix}/endpoints lists them.").ConfigureAwait(false);
            return;
        }

        var count = root.TryGetProperty("count", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) ? n : 1;
        if (count < 1)
        {
            await ProblemAsync(http, 400, "\"count\" must be at least 1.").ConfigureAwait(false);
            return;
        }

        if (ParseFault(root) is not { } fault)
        {
            var kinds = string.Join(", ", Enum.GetNames<FaultKind>());
            await ProblemAsync(http, 400, $"\"fault\" must be one of {kinds}; Status and HtmlErrorPage take \"statusCode\" (400-599), Delay takes \"delayMs\".").ConfigureAwait(false);
            return;
        }

        faults.Inject(endpoint, fault, count);
        await WriteAsync(http, 201, w =>
        {
            w.WriteStartObject();
            w.WriteString("endpoint", endpoint);
            w.WriteString("fault", fault.ToString());
            w.WriteNumber("count", count);
            w.WriteNumber("pending", faults.Pending(endpoint.TrimEnd('*')));
            w.WriteEndObject();
        }).ConfigureAwait(false);
    }

    private static Fault? ParseFault(JsonElement root)
    {
        if (!root.TryGetProperty("fault", out var f) || f.ValueKind != JsonValueKind.String
            || !Enum.TryParse<FaultKind>(f.GetString(), ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            return null;
        }

        int? status = root.TryGetProperty("statusCode", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var code) ? code : null;
        if (status is < 400 or > 599)
        {
            return null;
        }

        return kind switch
        {
            FaultKind.Delay => root.TryGetProperty("delayMs", out var d) && d.ValueKind == JsonValueKind.Number && d.TryGetInt32(out var ms) && ms is >= 0 and <= 600_000
                ? Fault.Delay(TimeSpan.FromMilliseconds(ms))
                : null,
            FaultKind.Status => status is { } st ? Fault.Status(st) : null,
            FaultKind.HtmlErrorPage => status is { } html ? Fault.HtmlError(html) : Fault.HtmlErrorPage,
            FaultKind.TooManyRequests => Fault.TooManyRequests,
            FaultKind.ResetBeforeResponse => Fault.ResetBeforeResponse,
            FaultKind.AcceptThenDrop => Fault.AcceptThenDrop,
            FaultKind.MalformedJson => Fault.MalformedJson,
            _ => null,
        };
    }

    /// <summary>Reads a small JSON object body; <see langword="null"/> when it is missing, too large or not a JSON object.</summary>
    private static async Task<JsonDocument?> ReadBodyAsync(HttpContext http)
    {
        if (http.Request.ContentLength is > MaxBodyBytes)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(512);
        var stream = http.Request.Body;
        while (true)
        {
            var memory = buffer.GetMemory(512);
            var read = await stream.ReadAsync(memory, http.RequestAborted).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > MaxBodyBytes)
            {
                return null;
            }
        }

        try
        {
            var document = JsonDocument.Parse(buffer.WrittenMemory);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartObject();
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static Task ProblemAsync(HttpContext http, int status, string detail) => WriteAsync(http, status, w =>
    {
        w.WriteStartObject();
        w.WriteNumber("status", status);
        w.WriteString("error", detail);
        w.WriteEndObject();
    });

    private static Task WriteAsync(HttpContext http, int status, Action<Utf8JsonWriter> write)
    {
        var response = SandboxResponse.Json(status, write);
        http.Response.StatusCode = response.StatusCode;
        http.Response.ContentType = response.ContentType;
        return http.Response.Body.WriteAsync(response.Body, http.RequestAborted).AsTask();
    }
}
