using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Broker.Authentication;

namespace Broker.Groww.Authentication;

/// <summary>
/// Groww's API key + secret ("approval") flow: <c>checksum</c> is the lowercase hex SHA-256 of the UTF-8 bytes of
/// secret + epoch seconds (not an HMAC; the key is not hashed), <c>timestamp</c> the same epoch seconds, and the API
/// key goes in <c>Authorization: Bearer</c>. Groww requires the key to be approved each day on its API keys page.
/// </summary>
internal sealed class GrowwApprovalTokenProvider : IAccessTokenProvider
{
    private readonly GrowwTokenMinter _minter;
    private readonly string _apiKey;
    private readonly string _apiSecret;
    private readonly bool _timestampAsNumber;

    public GrowwApprovalTokenProvider(GrowwTokenMinter minter, string apiKey, string apiSecret, bool timestampAsNumber)
    {
        _minter = minter;
        _apiKey = apiKey;
        _apiSecret = apiSecret;
        _timestampAsNumber = timestampAsNumber;
    }

    public string FlowName => "approval";

    public bool CanRenew => true;

    public string RenewalHint => "Check Credentials.ApiKey and Credentials.ApiSecret, and approve the API key for today on https://groww.in/trade-api/api-keys.";

    /// <summary>The checksum Groww expects for a secret and an epoch-seconds timestamp.</summary>
    public static string Checksum(string secret, string timestamp) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret + timestamp)));

    public Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        var timestamp = _minter.TimeProvider.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var timestampJson = JsonDocument.Parse(_timestampAsNumber ? timestamp : $"\"{timestamp}\"");
        var body = new GrowwTokenMintRequest
        {
            KeyType = "approval",
            Checksum = Checksum(_apiSecret, timestamp),
            Timestamp = timestampJson.RootElement.Clone(),
        };
        return _minter.MintAsync(FlowName, _apiKey, body, RenewalHint, cancellationToken);
    }

    public override string ToString() => "GrowwApprovalTokenProvider(***)";
}
