using Broker.Errors;

namespace Broker.Instruments;

/// <summary>
/// A downloaded instrument master exceeded the configured size cap, so the download was abandoned before it could
/// exhaust memory or disk. Raise <see cref="InstrumentCatalogOptions.MaxDownloadBytes"/> if the broker's file has
/// legitimately grown.
/// </summary>
public sealed class InstrumentMasterTooLargeException : BrokerException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The URL being downloaded.</param>
    /// <param name="maxBytes">The cap that was exceeded.</param>
    public InstrumentMasterTooLargeException(string sourceName, long maxBytes)
        : base($"The instrument master '{sourceName}' is larger than the {maxBytes:N0}-byte cap; the download was stopped. Raise MaxDownloadBytes if the broker's file has grown.")
    {
        SourceName = sourceName;
        MaxBytes = maxBytes;
        Category = ErrorCategory.InvalidResponse;
    }

    /// <summary>The URL being downloaded.</summary>
    public string SourceName { get; }

    /// <summary>The cap that was exceeded, in bytes.</summary>
    public long MaxBytes { get; }
}
