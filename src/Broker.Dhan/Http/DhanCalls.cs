using System.Text.Json.Serialization.Metadata;
using Broker.Errors;
using Broker.Http;

namespace Broker.Dhan.Http;

/// <summary>Sending helpers for the shapes Dhan answers with beyond plain JSON.</summary>
internal static class DhanCalls
{
    /// <summary>Sends a request whose success may be 202 with no body (cancel, convert, T-PIN): null then.</summary>
    public static async Task<T?> SendAllowingEmptyAsync<T>(
        this DhanClientContext context, HttpRequestMessage request, BrokerEndpoint endpoint, JsonTypeInfo<T> type, string? clientReference, CancellationToken cancellationToken)
        where T : class
    {
        var raw = await context.Invoker.SendForRawAsync(request, endpoint, clientReference, cancellationToken).ConfigureAwait(false);
        return IsBlank(raw) ? null : context.Invoker.Deserialize(raw, endpoint, type, clientReference);
    }

    /// <summary>Runs a lookup, turning Dhan's "no such entity" answers into <see langword="null"/>.</summary>
    public static async Task<T?> NullWhenNotFoundAsync<T>(Func<Task<T?>> lookup)
        where T : class
    {
        try
        {
            return await lookup().ConfigureAwait(false);
        }
        catch (BrokerApiException ex) when (ex.Category == ErrorCategory.NotFound)
        {
            return null;
        }
    }

    private static bool IsBlank(BrokerRawResponse raw)
    {
        foreach (var b in raw.Body.Span)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }
}
