using System.Text.Json;
using Broker.Errors;
using Broker.Http;
using Broker.Security;

namespace Broker.Groww.Errors;

/// <summary>
/// Reads Groww's error answers, in the order the official SDK does: a <c>status: "FAILURE"</c> envelope wins over
/// the HTTP status (it can arrive with a 200), its <c>error.code</c> (<c>GA001</c>…<c>GA007</c>) is classified with
/// <see cref="GrowwErrorCodes.Table"/>. The token mint answers errors differently, with
/// <c>{"error":{"displayMessage":…}}</c>; that shape is read too.
/// </summary>
public sealed class GrowwErrorReader : IBrokerErrorReader
{
    private readonly bool _notAuthorisedMeansExpiredToken;
    private readonly Func<IEnumerable<string?>>? _knownSecrets;

    /// <summary>Creates the reader.</summary>
    /// <param name="notAuthorisedMeansExpiredToken">
    /// Treat <c>GA005</c> ("User not authorised") as a rejected token even when it does not come with HTTP 401, so the
    /// token is renewed and the call resent once. See <see cref="GrowwClientOptions.TreatNotAuthorisedAsExpiredToken"/>.
    /// </param>
    /// <param name="knownSecrets">
    /// The account's secrets (credentials, current token); removed from Groww's messages in case a server echoes them.
    /// </param>
    public GrowwErrorReader(bool notAuthorisedMeansExpiredToken = false, Func<IEnumerable<string?>>? knownSecrets = null)
    {
        _notAuthorisedMeansExpiredToken = notAuthorisedMeansExpiredToken;
        _knownSecrets = knownSecrets;
    }

    /// <inheritdoc />
    public string BrokerName => "Groww";

    /// <inheritdoc />
    public BrokerErrorInfo? ReadError(BrokerRawResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!response.LooksLikeJson)
        {
            return null;
        }

        using var document = JsonDocument.Parse(response.Body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var status = (int)response.StatusCode;
        var failed = root.TryGetProperty("status", out var statusElement)
            && statusElement.ValueKind == JsonValueKind.String
            && string.Equals(statusElement.GetString(), "FAILURE", StringComparison.OrdinalIgnoreCase);
        var hasError = root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object;
        if (!failed && !hasError)
        {
            return null;
        }

        string? code = null;
        string? message = null;
        if (hasError)
        {
            code = StringOf(error, "code");
            message = StringOf(error, "message") ?? StringOf(error, "displayMessage");
        }

        message ??= StringOf(root, "message");
        if (message is not null)
        {
            message = SecretRedactor.Redact(message, _knownSecrets?.Invoke());
        }

        var (category, transient) = Classify(status, code);
        return new BrokerErrorInfo(status, code, message, category, transient);
    }

    private (ErrorCategory Category, bool IsTransient) Classify(int status, string? code)
    {
        if (string.Equals(code, GrowwErrorCodes.NotAuthorised, StringComparison.OrdinalIgnoreCase)
            && (status == 401 || _notAuthorisedMeansExpiredToken))
        {
            return (ErrorCategory.Authentication, false);
        }

        // Groww throttles with HTTP 429 and a generic code (GA003 "unable to serve"): the status says the request was
        // refused unprocessed, which makes an order write definitely not placed rather than of unknown outcome.
        if (status == 429)
        {
            return (ErrorCategory.RateLimit, true);
        }

        if (code is not null && GrowwErrorCodes.Table.TryGet(code, out var row))
        {
            return (row.Category, row.IsTransient);
        }

        return BrokerErrorCodeTable.ClassifyStatus(status);
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
