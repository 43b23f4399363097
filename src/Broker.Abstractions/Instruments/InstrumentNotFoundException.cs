using Broker.Errors;

namespace Broker.Instruments;

/// <summary>An instrument look-up matched nothing in the current instrument master.</summary>
public sealed class InstrumentNotFoundException : BrokerException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="query">Describes the look-up.</param>
    public InstrumentNotFoundException(string query)
        : base($"No instrument matches {query} in the current instrument master.")
    {
        Query = query;
        Category = ErrorCategory.NotFound;
    }

    /// <summary>Describes the look-up.</summary>
    public string Query { get; }
}
