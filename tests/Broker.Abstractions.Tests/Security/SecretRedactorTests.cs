using Broker.Security;

namespace Broker.Abstractions.Tests.Security;

public class SecretRedactorTests
{
    [Theory]
    [InlineData("{\"token\":\"abc123secret\",\"isActive\":true}", "abc123secret")]
    [InlineData("{\"accessToken\": \"abc123secret\"}", "abc123secret")]
    [InlineData("{\"checksum\":\"9f86d081884c7d659a2feaa0c55ad015\"}", "9f86d081884c7d659a2feaa0c55ad015")]
    [InlineData("{\"totp\":\"123456\",\"key_type\":\"totp\"}", "123456")]
    [InlineData("{\"pin\":654321}", "654321")]
    [InlineData("{\"app_secret\":\"s3cr3t-value\"}", "s3cr3t-value")]
    public void Redact_masks_sensitive_json_properties(string json, string secret)
    {
        var redacted = SecretRedactor.Redact(json);

        Assert.DoesNotContain(secret, redacted, StringComparison.Ordinal);
        Assert.Contains(SecretRedactor.Mask, redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_masks_credentials_in_query_strings_and_headers()
    {
        var text = "POST /app/generateAccessToken?dhanClientId=1000000001&pin=123456&totp=654321 Authorization: Bearer abcdefghijkl";

        var redacted = SecretRedactor.Redact(text);

        Assert.DoesNotContain("123456", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("654321", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("abcdefghijkl", redacted, StringComparison.Ordinal);
        Assert.Contains("dhanClientId=1000000001", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_masks_anything_shaped_like_a_JWT()
    {
        const string jwt = "eyJFAKE-TEST-HEADER.eyJFAKE-TEST-PAYLOAD.FAKE-TEST-SIGNATURE";

        var redacted = SecretRedactor.Redact($"token was {jwt} today");

        Assert.Equal($"token was {SecretRedactor.Mask} today", redacted);
    }

    [Fact]
    public void Redact_masks_known_secret_values_wherever_they_appear()
    {
        var redacted = SecretRedactor.Redact("the key MyApiKey-42 leaked in prose", ["MyApiKey-42"]);

        Assert.Equal("the key *** leaked in prose", redacted);
    }

    [Fact]
    public void Redact_keeps_ordinary_text_intact()
    {
        const string text = "{\"status\":\"FAILURE\",\"error\":{\"code\":\"GA001\",\"message\":\"Invalid trading symbol.\"}}";

        Assert.Equal(text, SecretRedactor.Redact(text));
    }

    [Fact]
    public void Snippet_cuts_long_bodies_and_redacts_them()
    {
        var body = "{\"token\":\"abc123secret\",\"pad\":\"" + new string('x', 2000) + "\"}";

        var snippet = SecretRedactor.Snippet(body, 100)!;

        Assert.True(snippet.Length <= 101);
        Assert.DoesNotContain("abc123secret", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_of_an_empty_body_is_null() => Assert.Null(SecretRedactor.Snippet(string.Empty));

    [Theory]
    [InlineData(null, "***")]
    [InlineData("short", "***")]
    [InlineData("a-much-longer-secret", "a-***")]
    public void MaskValue_shows_at_most_two_characters(string? secret, string expected) =>
        Assert.Equal(expected, SecretRedactor.MaskValue(secret));
}
