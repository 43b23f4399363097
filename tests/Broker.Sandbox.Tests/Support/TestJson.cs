using System.Text.Json;
using System.Text.Json.Nodes;

namespace Broker.Sandbox.Tests.Support;

internal static class TestJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = null };

    public static async Task<JsonNode> ReadAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty JSON body.");
    }

    public static async Task<string> TextAsync(this HttpResponseMessage response) => await response.Content.ReadAsStringAsync();

    public static string Str(this JsonNode node, string path) => Navigate(node, path).GetValue<string>();

    public static decimal Dec(this JsonNode node, string path) => Navigate(node, path).GetValue<decimal>();

    public static long Long(this JsonNode node, string path) => Navigate(node, path).GetValue<long>();

    public static JsonNode Navigate(JsonNode node, string path)
    {
        var current = node;
        foreach (var part in path.Split('.'))
        {
            current = current is JsonArray && int.TryParse(part, out var index) ? current[index] : current[part];
            if (current is null)
            {
                throw new InvalidOperationException($"'{path}' is missing from {node.ToJsonString()}.");
            }
        }

        return current;
    }

    public static string[] Keys(this JsonNode node) => [.. node.AsObject().Select(p => p.Key)];
}
