using System.Globalization;
using System.Text;
using Broker.Errors;

namespace Broker.Instruments;

/// <summary>
/// An instrument look-up matched several instruments and the SDK refuses to guess. The message and
/// <see cref="Candidates"/> list every match; narrow the look-up (exchange, segment, series, security id).
/// </summary>
public sealed class AmbiguousInstrumentException : BrokerException
{
    private const int ListedInMessage = 20;

    /// <summary>Creates the exception.</summary>
    /// <param name="query">Describes the look-up.</param>
    /// <param name="candidates">Every match.</param>
    public AmbiguousInstrumentException(string query, IReadOnlyList<object> candidates)
        : base(Describe(query, candidates))
    {
        Query = query;
        Candidates = candidates;
        Category = ErrorCategory.InvalidRequest;
    }

    /// <summary>Describes the look-up.</summary>
    public string Query { get; }

    /// <summary>Every instrument that matched (the broker's record type).</summary>
    public IReadOnlyList<object> Candidates { get; }

    private static string Describe(string query, IReadOnlyList<object> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{candidates.Count} instruments match {query}; the SDK does not guess. Narrow the look-up. Candidates: ");
        for (var i = 0; i < candidates.Count && i < ListedInMessage; i++)
        {
            text.Append(i == 0 ? string.Empty : "; ").Append(candidates[i]);
        }

        if (candidates.Count > ListedInMessage)
        {
            text.Append(CultureInfo.InvariantCulture, $"; and {candidates.Count - ListedInMessage} more");
        }

        return text.Append('.').ToString();
    }
}
