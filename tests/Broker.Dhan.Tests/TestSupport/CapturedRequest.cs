using System.Text.Json.Nodes;

namespace Broker.Dhan.Tests.TestSupport;

/// <summary>A request as it reached the primary handler.</summary>
internal sealed record CapturedRequest(HttpMethod Method, Uri Uri, Version Version, IReadOnlyDictionary<string, string> Headers, string? ContentType, string Body, bool HasContent = false)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>Asserts the body is exactly this JSON (same keys, order and values; whitespace ignored).</summary>
    public void AssertJson(string expected) => Xunit.Assert.Equal(Minify(expected), Body);

    public static string Minify(string json) => JsonNode.Parse(json)!.ToJsonString();
}
