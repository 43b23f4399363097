using Broker.Errors;
using Broker.Instruments;
using Broker.Samples.Webhook.Alerts;

namespace Broker.Samples.Webhook.Orders;

/// <summary>Turns the SDK's look-up results and order checks into <see cref="OrderPreparationException"/>s naming the alert field.</summary>
internal static class InstrumentLookups
{
    private const int MaxCandidatesShown = 5;

    /// <summary>The one instrument a look-up found.</summary>
    /// <typeparam name="T">The broker's instrument record.</typeparam>
    /// <param name="result">The look-up.</param>
    /// <param name="alert">The alert (names the field: <c>symbol</c> or <c>security_id</c>).</param>
    /// <param name="describe">Describes a candidate, such as <c>RELIANCE (NSE_EQ 2885)</c>.</param>
    /// <returns>The instrument.</returns>
    /// <exception cref="OrderPreparationException">None or several matched.</exception>
    public static T Single<T>(InstrumentLookupResult<T> result, TradingAlert alert, Func<T, string> describe)
        where T : class
    {
        var field = alert.Symbol is null ? "security_id" : "symbol";
        switch (result.Status)
        {
            case InstrumentLookupStatus.Found:
                return result.Instrument!;
            case InstrumentLookupStatus.Ambiguous:
                var shown = string.Join(", ", result.Candidates.Take(MaxCandidatesShown).Select(describe));
                var more = result.Candidates.Count > MaxCandidatesShown ? $" and {result.Candidates.Count - MaxCandidatesShown} more" : string.Empty;
                throw new OrderPreparationException(field, $"matches {result.Candidates.Count} instruments ({shown}{more}); give exchange and segment, or security_id.");
            default:
                throw new OrderPreparationException(field, $"'{alert.InstrumentText}' is not in the instrument master ({result.Query}).");
        }
    }

    /// <summary>Runs the SDK's order checks (lot size, freeze quantity, tick size).</summary>
    /// <param name="check">The broker snapshot's <c>ValidateOrder</c> call.</param>
    /// <exception cref="OrderPreparationException">A check failed.</exception>
    public static void Check(Action check)
    {
        ArgumentNullException.ThrowIfNull(check);
        try
        {
            check();
        }
        catch (BrokerValidationException ex)
        {
            throw new OrderPreparationException(FieldOf(ex.ParameterName), ex.Message, ex);
        }
        catch (InstrumentNotFoundException ex)
        {
            throw new OrderPreparationException("symbol", ex.Message, ex);
        }
    }

    private static string FieldOf(string parameter) => parameter.ToUpperInvariant() switch
    {
        "QUANTITY" => "quantity",
        "PRICE" => "price",
        "TRIGGERPRICE" or "TRIGGER_PRICE" => "trigger_price",
        "CORRELATIONID" or "ORDERREFERENCEID" or "ORDER_REFERENCE_ID" => "client_reference",
        _ => parameter,
    };
}
