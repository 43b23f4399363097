namespace Broker.Errors;

/// <summary>
/// Authentication failed and the SDK could not fix it by itself: the token was rejected again right after a
/// renewal, minting a token failed (wrong secret, wrong TOTP, wrong PIN), or a static access token expired and
/// has to be generated again on the broker's website.
/// </summary>
public class BrokerAuthenticationException : BrokerApiException
{
    /// <summary>Creates an authentication exception.</summary>
    /// <param name="message">What failed and what to do about it.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    public BrokerAuthenticationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Category = ErrorCategory.Authentication;
    }

    /// <summary>The authentication flow involved, such as <c>totp</c>, <c>approval</c>, <c>pin-totp</c> or <c>access-token</c>.</summary>
    public string? Flow { get; init; }

    /// <summary>
    /// <see langword="true"/> when a person has to act before calls can succeed again (generate a new access token on
    /// the broker's website, approve the API key for the day, fix a credential).
    /// </summary>
    public bool RequiresHumanAction { get; init; }
}
