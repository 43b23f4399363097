using System.Buffers.Text;
using System.Text.Json;
using Broker.Time;

namespace Broker.Dhan.Authentication;

/// <summary>Reads the expiry (<c>exp</c> claim) of a Dhan access token locally, without a call.</summary>
internal static class DhanJwt
{
    public static DateTimeOffset? ReadExpiry(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || parts[1].Length == 0)
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
            var reader = new Utf8JsonReader(payload.AsSpan(0, written));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isExp = reader.ValueTextEquals("exp"u8);
                reader.Read();
                if (isExp && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var exp) && exp > 0)
                {
                    return IndianTime.FromEpoch(exp);
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Not a JWT we can read: the expiry stays unknown.
        }

        return null;
    }
}
