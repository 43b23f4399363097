using System.Buffers.Text;
using System.Text.Json;
using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Feeds;

/// <summary>
/// Checks a feed connection's token and client id as Dhan's feed hosts do, answering a disconnect reason: 808 for a
/// bad or refused credential, 809 for an unknown or superseded token, 807 for an expired one, 0 when accepted. With
/// <see cref="RefuseAppTokensOnTwoHundredDepth"/> the 200-level depth socket also answers 808 to a token minted through the
/// API (JWT claim <c>tokenConsumerType</c> <c>APP</c>), as one user reported of the real one.
/// </summary>
internal sealed class FeedAuthenticator(SandboxContext context, TokenStore tokens)
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _rejectedTokens = new(StringComparer.Ordinal);

    /// <summary>Refuses every new connection with 808.</summary>
    public bool RejectAll { get; set; }

    /// <summary>Refuses API-minted (<c>APP</c>) tokens on the 200-level depth socket with 808.</summary>
    public bool RefuseAppTokensOnTwoHundredDepth { get; set; }

    public void Reject(string accessToken)
    {
        lock (_gate)
        {
            _rejectedTokens.Add(accessToken);
        }
    }

    public int Check(string? token, string? clientId, SandboxFeedKind kind)
    {
        var reason = Check(token, clientId);
        return reason == 0 && kind == SandboxFeedKind.TwoHundredDepth && RefuseAppTokensOnTwoHundredDepth && ConsumerType(token!) == "APP" ? 808 : reason;
    }

    public int Check(string? token, string? clientId)
    {
        if (string.IsNullOrEmpty(token) || string.IsNullOrEmpty(clientId))
        {
            return 808;
        }

        lock (_gate)
        {
            if (RejectAll || _rejectedTokens.Contains(token))
            {
                return 808;
            }
        }

        lock (context.Gate)
        {
            var issued = tokens.Find(token);
            if (issued is null || issued.Superseded)
            {
                return 809;
            }

            if (!string.Equals(issued.AccountId, clientId, StringComparison.Ordinal))
            {
                return 808;
            }

            return context.Clock.GetUtcNow() >= issued.ExpiresAt ? 807 : 0;
        }
    }

    /// <summary>The JWT's <c>tokenConsumerType</c> claim, or <see langword="null"/>.</summary>
    private static string? ConsumerType(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        var payload = new byte[Base64Url.GetMaxDecodedLength(parts[1].Length)];
        if (Base64Url.DecodeFromChars(parts[1], payload, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            return null;
        }

        try
        {
            using var claims = JsonDocument.Parse(payload.AsMemory(0, written));
            return claims.RootElement.ValueKind == JsonValueKind.Object && claims.RootElement.TryGetProperty("tokenConsumerType", out var type) && type.ValueKind == JsonValueKind.String
                ? type.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
