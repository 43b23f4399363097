using Broker.Errors;

namespace Broker.Instruments;

/// <summary>
/// An instrument master could not be understood: a column the SDK needs is missing (the message names it), or a value
/// in a row is malformed (the message gives the row and column). Raised instead of guessing, because a mis-mapped
/// master routes orders to the wrong instrument.
/// </summary>
public class InstrumentMasterFormatException : BrokerException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The file or URL that was being read.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    public InstrumentMasterFormatException(string sourceName, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        SourceName = sourceName;
        Category = ErrorCategory.InvalidResponse;
    }

    /// <summary>The file or URL that was being read.</summary>
    public string SourceName { get; }

    /// <summary>The column at fault, when one is.</summary>
    public string? ColumnName { get; init; }

    /// <summary>The 1-based record number (the header is record 1) of the row at fault, when one is.</summary>
    public long? RecordNumber { get; init; }
}
