namespace Broker.Dhan.Authentication;

/// <summary>The answer of the partner flow's <c>generate-consent</c>: the consent to open in a browser or web view.</summary>
public sealed record DhanPartnerConsent
{
    /// <summary>The consent id, used in the login URL (<c>consentId</c>).</summary>
    public string? ConsentId { get; init; }

    /// <summary>The consent's status, such as <c>GENERATED</c> (<c>consentStatus</c>).</summary>
    public string? ConsentStatus { get; init; }
}
