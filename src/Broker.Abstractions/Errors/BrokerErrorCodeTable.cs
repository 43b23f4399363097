using System.Collections.Frozen;

namespace Broker.Errors;

/// <summary>A broker's error-code table, looked up case-insensitively, with a fallback by HTTP status.</summary>
public sealed class BrokerErrorCodeTable
{
    private readonly FrozenDictionary<string, BrokerErrorCode> _codes;

    /// <summary>Creates a table from its rows.</summary>
    /// <param name="codes">The broker's documented codes.</param>
    public BrokerErrorCodeTable(IEnumerable<BrokerErrorCode> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        _codes = codes.ToFrozenDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every code in the table.</summary>
    public IEnumerable<BrokerErrorCode> Codes => _codes.Values;

    /// <summary>Finds a code's row.</summary>
    /// <param name="code">The broker's code.</param>
    /// <param name="row">The row, when found.</param>
    /// <returns><see langword="true"/> when the code is in the table.</returns>
    public bool TryGet(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BrokerErrorCode? row)
    {
        row = null;
        return code is not null && _codes.TryGetValue(code, out row);
    }

    /// <summary>
    /// Reads an error: category and transience by the broker's code when the table knows it, otherwise by the HTTP
    /// status; <see cref="BrokerErrorInfo.ProvesNotExecuted"/> from the code's row (never for an unknown code).
    /// </summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="code">The broker's code, if any.</param>
    /// <param name="message">The broker's message, if any.</param>
    /// <returns>The error.</returns>
    public BrokerErrorInfo Read(int statusCode, string? code, string? message)
    {
        if (TryGet(code, out var row))
        {
            return new BrokerErrorInfo(statusCode, code, message, row.Category, row.IsTransient) { ProvesNotExecuted = row.ProvesNotExecuted };
        }

        var (category, transient) = ClassifyStatus(statusCode);
        return new BrokerErrorInfo(statusCode, code, message, category, transient);
    }

    /// <summary>The category an HTTP status implies when the broker gives no (known) code.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <returns>The category and whether it is transient.</returns>
    public static (ErrorCategory Category, bool IsTransient) ClassifyStatus(int statusCode) => statusCode switch
    {
        400 or 422 => (ErrorCategory.InvalidRequest, false),
        401 => (ErrorCategory.Authentication, false),
        403 => (ErrorCategory.Authorization, false),
        404 => (ErrorCategory.NotFound, false),
        408 => (ErrorCategory.Timeout, true),
        409 => (ErrorCategory.InvalidRequest, false),
        429 => (ErrorCategory.RateLimit, true),
        502 or 503 or 504 => (ErrorCategory.Server, true),
        >= 500 => (ErrorCategory.Server, false),
        _ => (ErrorCategory.Unknown, false),
    };
}
