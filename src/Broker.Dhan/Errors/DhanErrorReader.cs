using System.Text.Json;
using Broker.Errors;
using Broker.Http;

namespace Broker.Dhan.Errors;

/// <summary>
/// Reads every error shape Dhan is known to send, whatever the HTTP status (Dhan reports some errors with 200):
/// the trading envelope <c>{errorType, errorCode, errorMessage}</c>, the data envelope
/// <c>{"data":{"8xx":"message"},"status":"failed"}</c>, the legacy <c>{errorCode, internalErrorCode, internalErrorMessage}</c>
/// gateway envelope, the auth host's <c>{"status":"error","message":…}</c>, the static-IP call's
/// <c>[{"status":"ERROR","message":…}]</c>, and the gateway's <c>{"status":404,"error":"Not Found",…}</c>.
/// </summary>
internal sealed class DhanErrorReader : IBrokerErrorReader
{
    /// <summary>The broker's display name.</summary>
    public const string Broker = "Dhan";

    /// <inheritdoc />
    public string BrokerName => Broker;

    /// <inheritdoc />
    public BrokerErrorInfo? ReadError(BrokerRawResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Body.IsEmpty || !MayBeError(response.Body.Span))
        {
            return null;
        }

        using var document = JsonDocument.Parse(response.Body);
        var status = (int)response.StatusCode;
        var root = document.RootElement;
        return root.ValueKind switch
        {
            JsonValueKind.Object => ReadObject(status, root),
            JsonValueKind.Array => ReadArray(status, root),
            _ => null,
        };
    }

    private static BrokerErrorInfo? ReadObject(int status, JsonElement root)
    {
        var code = Text(root, "errorCode");
        if (!string.IsNullOrWhiteSpace(code))
        {
            var message = Text(root, "errorMessage") ?? Text(root, "internalErrorMessage") ?? Text(root, "message");
            var type = Text(root, "errorType") ?? Text(root, "internalErrorCode");
            return Create(status, code, message, type);
        }

        var statusText = Text(root, "status");
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && IsDataError(statusText, data))
        {
            foreach (var property in data.EnumerateObject())
            {
                return Create(status, property.Name, property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText(), null);
            }

            return Create(status, null, "The data API reported a failure without details.", null);
        }

        if (IsFailureStatus(statusText) && (Text(root, "message") ?? Text(root, "remarks")) is { } failureMessage)
        {
            return Create(status, null, failureMessage, null);
        }

        if (root.TryGetProperty("status", out var numeric) && numeric.ValueKind == JsonValueKind.Number && Text(root, "error") is { } gatewayError && status >= 400)
        {
            var path = Text(root, "path");
            return Create(status, null, path is null ? gatewayError : $"{gatewayError} ({path})", null);
        }

        return null;
    }

    private static BrokerErrorInfo? ReadArray(int status, JsonElement root)
    {
        foreach (var item in root.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && IsFailureStatus(Text(item, "status")) && Text(item, "errorCode") is null && Text(item, "orderId") is null)
            {
                return Create(status, null, Text(item, "message") ?? Text(item, "remarks") ?? "The broker reported an error.", null);
            }

            return null;
        }

        return null;
    }

    private static bool IsDataError(string? statusText, JsonElement data)
    {
        if (string.Equals(statusText, "failed", StringComparison.OrdinalIgnoreCase) || string.Equals(statusText, "failure", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (statusText is not null)
        {
            return false;
        }

        // Without a status, only a data object whose keys are all 3-digit codes with text values is an error.
        var any = false;
        foreach (var property in data.EnumerateObject())
        {
            if (property.Name.Length != 3 || !property.Name.All(char.IsAsciiDigit) || property.Value.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private static bool IsFailureStatus(string? status) =>
        status is not null && (status.Equals("error", StringComparison.OrdinalIgnoreCase)
            || status.Equals("failure", StringComparison.OrdinalIgnoreCase)
            || status.Equals("failed", StringComparison.OrdinalIgnoreCase));

    private static BrokerErrorInfo Create(int status, string? code, string? message, string? type)
    {
        // Secrets in the message are removed by the account's classifier, which knows them.
        var error = DhanErrorCodes.Read(status, code, message) with { ErrorType = type };
        if (code is null && error.Category == ErrorCategory.Unknown && status is >= 200 and < 300)
        {
            error = error with { Category = ErrorCategory.InvalidRequest };
        }

        return error;
    }

    /// <summary>
    /// A scan of the top level, without building a document, that rules out the error shapes a successful answer cannot
    /// have: most answers (order books, quotes, acknowledgements) are passed over at the cost of one forward read.
    /// </summary>
    private static bool MayBeError(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.StartArray)
        {
            // The static-IP call reports errors as [{"status":"ERROR",…}]; only the first element matters.
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject && ObjectMayBeError(ref reader);
        }

        return reader.TokenType == JsonTokenType.StartObject && ObjectMayBeError(ref reader);
    }

    private static bool ObjectMayBeError(ref Utf8JsonReader reader)
    {
        var hasStatus = false;
        var hasData = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("errorCode"u8))
            {
                reader.Read();
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
                {
                    return true;
                }
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                hasStatus = true;
                reader.Read();
                if (reader.TokenType == JsonTokenType.Number)
                {
                    return true;
                }

                if (reader.TokenType == JsonTokenType.String && !reader.ValueTextEquals("success"u8) && !reader.ValueTextEquals("SUCCESS"u8) && !reader.ValueTextEquals("Success"u8))
                {
                    return true;
                }
            }
            else if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                hasData = reader.TokenType == JsonTokenType.StartObject;
            }
            else
            {
                reader.Read();
            }

            reader.Skip();
        }

        // A data object without any status may be the data API's {"data":{"8xx":"message"}} error.
        return hasData && !hasStatus;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
