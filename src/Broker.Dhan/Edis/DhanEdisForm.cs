namespace Broker.Dhan.Edis;

/// <summary>
/// The EDIS form: HTML that posts to CDSL (<c>edis.cdslindia.com</c>). Show it in a browser so the user can enter the
/// T-PIN; do not log it.
/// </summary>
public sealed record DhanEdisForm
{
    /// <summary>The Dhan client id.</summary>
    public string? DhanClientId { get; init; }

    /// <summary>The form's HTML.</summary>
    public string? EdisFormHtml { get; init; }
}
