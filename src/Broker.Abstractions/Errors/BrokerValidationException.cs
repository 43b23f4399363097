namespace Broker.Errors;

/// <summary>
/// The request was refused by the SDK before anything was sent, because a parameter is missing or invalid
/// (a LIMIT order without a price, a quantity of zero, a client reference of the wrong shape, too many instruments).
/// The message names the field and says what is allowed.
/// </summary>
public class BrokerValidationException : BrokerException
{
    /// <summary>Creates a validation exception.</summary>
    /// <param name="parameterName">The request field at fault, using the SDK's property name (for example <c>Price</c>).</param>
    /// <param name="message">What is wrong and what is allowed.</param>
    public BrokerValidationException(string parameterName, string message)
        : base(message)
    {
        ParameterName = parameterName;
        Category = ErrorCategory.InvalidRequest;
    }

    /// <summary>The request field at fault.</summary>
    public string ParameterName { get; }
}
