using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Broker.Sandbox.Hosting;
using Broker.Sandbox.Logging;
using Broker.Security;
using Broker.Time;

namespace Broker.Sandbox.Groww;

/// <summary>The Groww side's state (accounts, tokens, order ids) and how callers are identified.</summary>
internal sealed class GrowwBroker
{
    private readonly SandboxContext _context;
    private long _orderSequence;
    private long _sessionSequence;

    public GrowwBroker(SandboxContext context)
    {
        _context = context;
        foreach (var account in context.Options.Groww.Accounts)
        {
            var book = context.Engine.AddAccount(SandboxBrokers.Groww, account.Ucc, account.OpeningBalance, account.Holdings, context.Market);
            var principal = new GrowwPrincipal(account, book);
            Principals.Add(principal);
            if (!string.IsNullOrEmpty(account.AccessToken))
            {
                Tokens.Add(account.AccessToken, account.Ucc, NextExpiry());
            }
        }
    }

    public List<GrowwPrincipal> Principals { get; } = [];

    public TokenStore Tokens { get; } = new();

    public SandboxContext Context => _context;

    public GrowwSandboxOptions Options => _context.Options.Groww;

    public string NewOrderId()
    {
        var sequence = Interlocked.Increment(ref _orderSequence);
        return "GMK" + IndianTime.Now(_context.Clock).ToString("yyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D10", CultureInfo.InvariantCulture);
    }

    /// <summary>Identifies an API caller by <c>Authorization: Bearer {access token}</c> and checks <c>X-API-VERSION</c>.</summary>
    public AuthOutcome AuthenticateAccessToken(RequestData request)
    {
        var token = BearerValue(request);
        if (token is null)
        {
            return AuthOutcome.Refuse(GrowwProtocol.Unauthenticated(), "missing or malformed Authorization header");
        }

        var issued = Tokens.Find(token);
        if (issued is null || issued.Superseded)
        {
            return AuthOutcome.Refuse(GrowwProtocol.Unauthenticated(), "unknown or revoked access token");
        }

        if (_context.Clock.GetUtcNow() >= issued.ExpiresAt)
        {
            return AuthOutcome.Refuse(GrowwProtocol.Unauthenticated(), "expired access token");
        }

        if (Options.RequireApiVersionHeader)
        {
            var version = request.Header("X-API-VERSION");
            if (string.IsNullOrWhiteSpace(version))
            {
                return AuthOutcome.Refuse(GrowwProtocol.Failure(400, "GA001", "Missing required header X-API-VERSION."), "missing X-API-VERSION");
            }

            if (!string.Equals(version.Trim(), "1.0", StringComparison.Ordinal))
            {
                return AuthOutcome.Refuse(GrowwProtocol.Failure(400, "GA001", "Unsupported X-API-VERSION; use 1.0."), "unsupported X-API-VERSION");
            }
        }

        var principal = Principals.First(p => p.Account.Ucc == issued.AccountId);
        return AuthOutcome.Accept(principal.Account.Ucc, principal);
    }

    /// <summary>Identifies a token-mint caller by <c>Authorization: Bearer {API key or TOTP token}</c>.</summary>
    public AuthOutcome AuthenticateApiKey(RequestData request)
    {
        var key = BearerValue(request);
        var principal = key is null
            ? null
            : Principals.FirstOrDefault(p => FixedEquals(p.Account.ApiKey, key) || FixedEquals(p.Account.TotpToken, key));
        return principal is null
            ? AuthOutcome.Refuse(GrowwProtocol.Failure(401, "GA005", "Invalid API key.", withDisplayMessage: true), "unknown API key")
            : AuthOutcome.Accept(principal.Account.Ucc, principal);
    }

    /// <summary><c>POST /v1/token/api/access</c>: the approval (checksum) and TOTP flows.</summary>
    public SandboxResponse MintToken(RequestData request, AuthOutcome auth)
    {
        var principal = (GrowwPrincipal)auth.Principal!;
        var account = principal.Account;
        var key = BearerValue(request)!;
        var body = request.JsonObject();
        var keyType = JsonFields.RequiredEnum(body, "key_type", "approval", "totp");
        if (keyType == "approval")
        {
            if (!FixedEquals(account.ApiKey, key) || account.ApiSecret is null)
            {
                throw MintError(401, "GA005", "Invalid API key for key_type approval.");
            }

            var timestampText = ReadTimestamp(body);
            if (!long.TryParse(timestampText, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
            {
                throw MintError(400, "GA001", "timestamp must be epoch seconds.");
            }

            var now = _context.Clock.GetUtcNow().ToUnixTimeSeconds();
            if (Math.Abs(now - timestamp) > (long)Options.ChecksumTimestampTolerance.TotalSeconds)
            {
                throw MintError(400, "GA001", string.Create(
                    CultureInfo.InvariantCulture,
                    $"Invalid timestamp: it must be within {Options.ChecksumTimestampTolerance.TotalMinutes:0.#} minutes of the current time."));
            }

            var checksum = JsonFields.RequiredString(body, "checksum");
            var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(account.ApiSecret + timestampText)));
            if (!FixedEquals(expected, checksum))
            {
                throw MintError(400, "GA001", "Invalid checksum.");
            }
        }
        else
        {
            if (!FixedEquals(account.TotpToken, key) || account.TotpSecret is null)
            {
                throw MintError(401, "GA005", "Invalid TOTP token for key_type totp.");
            }

            var code = JsonFields.RequiredString(body, "totp").Trim();
            if (code.Length != 6 || !code.All(char.IsAsciiDigit)
                || !SandboxTotp.Verify(account.TotpSecret, code, _context.Clock, Options.TotpAllowedSteps))
            {
                throw MintError(400, "GA001", "Invalid TOTP.");
            }

            if (Options.RefuseReusedTotpCodes && !SpendTotpCode(principal, code))
            {
                throw MintError(400, "GA001", "Invalid TOTP.");
            }
        }

        var expiresAt = NextExpiry();
        var issuedAt = _context.Clock.GetUtcNow();
        var token = JwtFactory.Create("HS256", w =>
        {
            w.WriteString("sub", account.Ucc);
            w.WriteString("iss", "groww-sandbox");
            w.WriteNumber("iat", issuedAt.ToUnixTimeSeconds());
            w.WriteNumber("exp", expiresAt.ToUnixTimeSeconds());
        });
        Tokens.Add(token, account.Ucc, expiresAt);
        principal.TokensMinted++;
        SandboxLog.TokenMinted(_context.Logger, SandboxBrokers.Groww, account.Ucc, keyType);
        var session = Interlocked.Increment(ref _sessionSequence);
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("token", token);
            w.WriteString("tokenRefId", Guid.CreateVersion7(issuedAt).ToString());
            w.WriteString("sessionName", "sandbox-session-" + session.ToString(CultureInfo.InvariantCulture));
            w.WriteString("expiry", IndianTime.Format(expiresAt, "yyyy-MM-dd'T'HH:mm:ss"));
            w.WriteBoolean("isActive", true);
            w.WriteEndObject();
        });
    }

    /// <summary>Records a code as used; <see langword="false"/> when it was used already while it could still verify.</summary>
    private bool SpendTotpCode(GrowwPrincipal principal, string code)
    {
        var now = _context.Clock.GetUtcNow();
        var lifetime = TimeSpan.FromSeconds(30 * ((2 * Options.TotpAllowedSteps) + 2));
        lock (principal.UsedTotpCodes)
        {
            foreach (var stale in principal.UsedTotpCodes.Where(e => now - e.Value > lifetime).Select(e => e.Key).ToList())
            {
                principal.UsedTotpCodes.Remove(stale);
            }

            return principal.UsedTotpCodes.TryAdd(code, now);
        }
    }

    private DateTimeOffset NextExpiry() => IndianTime.NextOccurrence(_context.Clock.GetUtcNow(), Options.TokenExpiryTimeOfDay);

    private static string ReadTimestamp(System.Text.Json.JsonElement body)
    {
        if (!body.TryGetProperty("timestamp", out var value))
        {
            throw new FieldException("timestamp is required.");
        }

        return value.ValueKind switch
        {
            System.Text.Json.JsonValueKind.String => value.GetString() ?? string.Empty,
            System.Text.Json.JsonValueKind.Number => value.GetRawText(),
            _ => throw new FieldException("timestamp must be epoch seconds."),
        };
    }

    private static SandboxErrorException MintError(int status, string code, string message) =>
        new(GrowwProtocol.Failure(status, code, message, withDisplayMessage: true));

    private static string? BearerValue(RequestData request)
    {
        var header = request.Header("Authorization");
        if (header is null || !header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return null;
        }

        var value = header["Bearer ".Length..].Trim();
        return value.Length == 0 ? null : value;
    }

    private static bool FixedEquals(string? expected, string actual) =>
        expected is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}
