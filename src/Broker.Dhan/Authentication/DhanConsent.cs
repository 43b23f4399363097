namespace Broker.Dhan.Authentication;

/// <summary>The answer of <c>generate-consent</c>: the consent to open in a browser.</summary>
public sealed record DhanConsent
{
    /// <summary>The consent id, used in the login URL (<c>consentAppId</c>).</summary>
    public string? ConsentAppId { get; init; }

    /// <summary>The consent's status, such as <c>GENERATED</c> (<c>consentAppStatus</c>).</summary>
    public string? ConsentAppStatus { get; init; }

    /// <summary>The call's status, <c>success</c> when it worked.</summary>
    public string? Status { get; init; }
}
