namespace Broker.Dhan;

/// <summary>
/// How the partner consent flow (<see cref="Authentication.IDhanPartnerConsentClient"/>) sends its two calls. Dhan's
/// sources disagree on their HTTP methods: the classic documentation's curl examples send both as <c>GET</c>, the
/// developer portal labels both <c>POST</c>, and no public source shows either working. The defaults follow the spec's
/// resolution (POST to generate, since it creates a consent; GET to consume, like the API-key flow's consume step),
/// with the other method tried once when Dhan answers 405. These settings are uncertain by nature: change them if Dhan
/// tells you otherwise.
/// </summary>
public sealed class DhanPartnerConsentOptions
{
    /// <summary>
    /// The method of <c>partner/generate-consent</c>. Default <see cref="DhanConsentHttpMethod.Post"/> (portal); the
    /// classic curl sends GET. Uncertain.
    /// </summary>
    public DhanConsentHttpMethod GenerateConsentMethod { get; set; } = DhanConsentHttpMethod.Post;

    /// <summary>
    /// The method of <c>partner/consume-consent</c>. Default <see cref="DhanConsentHttpMethod.Get"/> (classic curl); the
    /// portal labels it POST. Uncertain.
    /// </summary>
    public DhanConsentHttpMethod ConsumeConsentMethod { get; set; } = DhanConsentHttpMethod.Get;

    /// <summary>
    /// <see langword="true"/> (default) to send a call once more with the other method when Dhan answers
    /// <c>405 Method Not Allowed</c> (a 405 means the call was not processed, so sending it again is safe).
    /// </summary>
    public bool RetryWithOtherMethodOn405 { get; set; } = true;

    /// <summary>Copies every value into another instance.</summary>
    /// <param name="target">The instance to fill.</param>
    internal void CopyTo(DhanPartnerConsentOptions target)
    {
        target.GenerateConsentMethod = GenerateConsentMethod;
        target.ConsumeConsentMethod = ConsumeConsentMethod;
        target.RetryWithOtherMethodOn405 = RetryWithOtherMethodOn405;
    }
}
