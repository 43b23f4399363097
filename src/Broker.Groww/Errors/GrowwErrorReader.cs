using System.Text.Json;
using Broker.Errors;
using Broker.Http;

namespace Broker.Groww.Errors;

/// <summary>
/// Reads Groww's error answers, in the order the official SDK does: a <c>status: "FAILURE"</c> envelope wins over
/// the HTTP status (it can arrive with a 200), its <c>error.code</c> (<c>GA001</c>…<c>GA007</c>) is classified with
/// <see cref="GrowwErrorCodes.Table"/>. The token mint answers errors differently, with
/// <c>{"error":{"displayMessage":…}}</c>; that shape is read too. What an error means for the call (rejected, outcome
/// unknown, renew the token) is decided by the account's <see cref="BrokerResponseClassifier"/>, not here.
/// </summary>
/// <remarks>
/// A successful answer is only scanned: the top-level members are read with a forward-only reader and the payload is
/// skipped, so a large order list costs no document and no allocation.
/// </remarks>
internal sealed class GrowwErrorReader : IBrokerErrorReader
{
    private readonly bool _notAuthorisedMeansExpiredToken;

    /// <summary>Creates the reader.</summary>
    /// <param name="notAuthorisedMeansExpiredToken">
    /// Treat <c>GA005</c> ("User not authorised") as a rejected token even when it does not come with HTTP 401, so the
    /// token is renewed and the call resent once. See <see cref="GrowwClientOptions.TreatNotAuthorisedAsExpiredToken"/>.
    /// </param>
    public GrowwErrorReader(bool notAuthorisedMeansExpiredToken = false)
    {
        _notAuthorisedMeansExpiredToken = notAuthorisedMeansExpiredToken;
    }

    /// <inheritdoc />
    public string BrokerName => GrowwServiceKeys.Broker;

    /// <inheritdoc />
    public BrokerErrorInfo? ReadError(BrokerRawResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = (int)response.StatusCode;
        if (!response.LooksLikeJson || !HasErrorMembers(response.Body.Span))
        {
            return null;
        }

        using var document = JsonDocument.Parse(response.Body);
        var root = document.RootElement;
        string? code = null;
        string? message = null;
        if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            code = StringOf(error, "code");
            message = StringOf(error, "message") ?? StringOf(error, "displayMessage");
        }

        message ??= StringOf(root, "message");
        if (string.Equals(code, GrowwErrorCodes.NotAuthorised, StringComparison.OrdinalIgnoreCase) && (status == 401 || _notAuthorisedMeansExpiredToken))
        {
            return new BrokerErrorInfo(status, code, message, ErrorCategory.Authentication, false) { ProvesNotExecuted = true };
        }

        return GrowwErrorCodes.Table.Read(status, code, message);
    }

    /// <summary>
    /// Whether the top level holds <c>"status": "FAILURE"</c> or an <c>error</c> object: scanned without building a
    /// document, skipping every other value.
    /// </summary>
    private static bool HasErrorMembers(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("status"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    if (reader.ValueTextEquals("FAILURE"u8) || reader.ValueTextEquals("failure"u8) || reader.ValueTextEquals("Failure"u8))
                    {
                        return true;
                    }

                    continue;
                }
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    return true;
                }
            }
            else
            {
                reader.Read();
            }

            reader.Skip();
        }

        return false;
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        }
        : null;
}
