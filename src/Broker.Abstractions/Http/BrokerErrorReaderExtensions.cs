using System.Text.Json;
using Broker.Errors;

namespace Broker.Http;

/// <summary>Safe use of an <see cref="IBrokerErrorReader"/> on bodies of any shape.</summary>
internal static class BrokerErrorReaderExtensions
{
    /// <summary>
    /// Reads the error a response carries, treating a body the reader cannot understand (malformed JSON, an
    /// unexpected shape) as "no recognisable error" rather than letting a parse exception escape.
    /// </summary>
    /// <param name="reader">The broker's error reader.</param>
    /// <param name="response">The response.</param>
    /// <returns>The error, or <see langword="null"/>.</returns>
    public static BrokerErrorInfo? TryReadError(this IBrokerErrorReader reader, BrokerRawResponse response)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(response);
        if (!response.LooksLikeJson)
        {
            return null;
        }

        try
        {
            return reader.ReadError(response);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return null;
        }
    }
}
