namespace Broker.Dhan;

/// <summary>
/// The HTTP method of a consent call whose method Dhan's sources disagree on (the partner flow's
/// <c>generate-consent</c> and <c>consume-consent</c>): see <see cref="DhanPartnerConsentOptions"/>.
/// </summary>
public enum DhanConsentHttpMethod
{
    /// <summary><c>POST</c>, as Dhan's developer portal labels the partner calls.</summary>
    Post,

    /// <summary><c>GET</c>, as the classic documentation's curl examples (no <c>-X</c>) send them.</summary>
    Get,
}
