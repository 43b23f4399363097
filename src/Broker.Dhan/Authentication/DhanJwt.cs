using System.Buffers.Text;
using System.Text.Json;
using Broker.Time;

namespace Broker.Dhan.Authentication;

/// <summary>Reads claims of a Dhan access token (a JWT) locally, without a call: the expiry (<c>exp</c>) and the token kind (<c>tokenConsumerType</c>).</summary>
internal static class DhanJwt
{
    /// <summary>The <c>tokenConsumerType</c> of tokens generated on Dhan Web (observed by third parties).</summary>
    public const string WebConsumerType = "SELF";

    /// <summary>The <c>tokenConsumerType</c> of tokens minted through the API (PIN + TOTP, consent; observed by third parties).</summary>
    public const string AppConsumerType = "APP";

    public static DateTimeOffset? ReadExpiry(string? token)
    {
        DateTimeOffset? expiry = null;
        VisitClaims(token, "exp"u8, (ref Utf8JsonReader reader) =>
        {
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var exp) && exp > 0)
            {
                expiry = IndianTime.FromEpoch(exp);
            }
        });
        return expiry;
    }

    /// <summary>The token's <c>tokenConsumerType</c> claim (<c>SELF</c>, <c>APP</c>), or <see langword="null"/> when it is not a readable JWT or has none.</summary>
    public static string? ReadConsumerType(string? token)
    {
        string? consumerType = null;
        VisitClaims(token, "tokenConsumerType"u8, (ref Utf8JsonReader reader) =>
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                consumerType = reader.GetString();
            }
        });
        return consumerType;
    }

    private delegate void ClaimReader(ref Utf8JsonReader reader);

    /// <summary>Positions a reader on the value of the first top-level claim named <paramref name="claim"/> and hands it over; does nothing for an unreadable token.</summary>
    private static void VisitClaims(string? token, ReadOnlySpan<byte> claim, ClaimReader read)
    {
        if (string.IsNullOrEmpty(token))
        {
            return;
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || parts[1].Length == 0)
        {
            return;
        }

        var payload = new byte[Base64Url.GetMaxDecodedLength(parts[1].Length)];
        if (Base64Url.DecodeFromChars(parts[1], payload, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            return;
        }

        try
        {
            var reader = new Utf8JsonReader(payload.AsSpan(0, written));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isClaim = reader.ValueTextEquals(claim);
                reader.Read();
                if (isClaim)
                {
                    read(ref reader);
                    return;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Not a JWT we can read: the claim stays unknown.
        }
    }
}
