namespace Broker.Http;

/// <summary>What a <see cref="BrokerSender"/> call accepts from the answer, and the client reference of an order write.</summary>
/// <typeparam name="TResult">The result type.</typeparam>
internal sealed class BrokerSendRules<TResult>
    where TResult : class
{
    /// <summary>The client reference of an order write (Groww <c>order_reference_id</c>, Dhan <c>correlationId</c>, or the order id of a modification).</summary>
    public string? ClientReference { get; init; }

    /// <summary>Names a part the result must carry (such as the order id of a placement), or returns <see langword="null"/> when complete.</summary>
    public Func<TResult, string?>? FindMissing { get; init; }

    /// <summary>An empty body (Dhan's 202 to a cancel) is a success without a result.</summary>
    public bool AllowEmpty { get; init; }

    /// <summary>The broker saying "not found" (a 404, Groww GA004, Dhan DH-906 on a look-up) is a <see langword="null"/> result.</summary>
    public bool NullWhenNotFound { get; init; }

    /// <summary>How the answer is described when the result is missing from it, for the exception.</summary>
    public string MissingResultProblem { get; init; } = "no result in a success answer";
}
