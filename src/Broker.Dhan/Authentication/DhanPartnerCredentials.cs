using Broker.Dhan.Validation;
using Broker.Errors;
using Broker.Security;

namespace Broker.Dhan.Authentication;

/// <summary>
/// A Dhan partner's id (<c>partner_id</c>) and secret (<c>partner_secret</c>), issued by Dhan to platforms that
/// onboard Dhan users, for the partner consent flow. <see cref="ToString"/> never shows either in full.
/// </summary>
public sealed record DhanPartnerCredentials
{
    /// <summary>Creates the credentials.</summary>
    /// <param name="partnerId">The partner id.</param>
    /// <param name="partnerSecret">The partner secret.</param>
    /// <exception cref="BrokerValidationException">A value is blank or holds a control character (such as CR or LF), so it cannot be an HTTP header value.</exception>
    public DhanPartnerCredentials(string partnerId, string partnerSecret)
    {
        PartnerId = partnerId;
        PartnerSecret = partnerSecret;
        Validate();
    }

    /// <summary>The partner id (<c>partner_id</c> header).</summary>
    public string PartnerId { get; }

    /// <summary>The partner secret (<c>partner_secret</c> header). Treat it as a password.</summary>
    public string PartnerSecret { get; }

    /// <inheritdoc />
    public override string ToString() => $"DhanPartnerCredentials(PartnerId={SecretRedactor.Mask}, PartnerSecret={SecretRedactor.Mask})";

    /// <summary>Checks both values can be sent as headers; the message never holds a value.</summary>
    internal void Validate()
    {
        HeaderValue(PartnerId, nameof(PartnerId));
        HeaderValue(PartnerSecret, nameof(PartnerSecret));
    }

    private static void HeaderValue(string? value, string field)
    {
        DhanValidation.RequireText(value, field);
        DhanValidation.Require(!value!.Any(char.IsControl), field, "must not contain control characters such as CR or LF: it is sent as an HTTP header.");
    }
}
