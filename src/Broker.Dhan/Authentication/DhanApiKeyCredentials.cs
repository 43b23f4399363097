using Broker.Security;

namespace Broker.Dhan.Authentication;

/// <summary>
/// The API key (<c>app_id</c>) and secret (<c>app_secret</c>) of a Dhan API-key app, for the consent flow. Both are
/// valid for 12 months. <see cref="ToString"/> never shows the secret.
/// </summary>
public sealed record DhanApiKeyCredentials
{
    /// <summary>Creates the credentials.</summary>
    /// <param name="appId">The API key.</param>
    /// <param name="appSecret">The API secret.</param>
    public DhanApiKeyCredentials(string appId, string appSecret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appId);
        ArgumentException.ThrowIfNullOrWhiteSpace(appSecret);
        AppId = appId;
        AppSecret = appSecret;
    }

    /// <summary>The API key (<c>app_id</c> header).</summary>
    public string AppId { get; }

    /// <summary>The API secret (<c>app_secret</c> header). Treat it as a password.</summary>
    public string AppSecret { get; }

    /// <inheritdoc />
    public override string ToString() => $"DhanApiKeyCredentials(AppId={SecretRedactor.MaskValue(AppId)}, AppSecret={SecretRedactor.Mask})";
}
