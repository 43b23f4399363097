namespace Broker.Redis;

/// <summary>
/// How an account shares its rate limits, token mints and (optionally) its access token with the other processes
/// that use it, through Redis (<c>UseRedis</c> on <c>AddGrowwClient</c> / <c>AddDhanClient</c>).
/// </summary>
public sealed class RedisBrokerOptions
{
    /// <summary>
    /// The StackExchange.Redis configuration string, such as <c>localhost:6379</c> or
    /// <c>redis1:6379,password=…,ssl=true</c>. Required.
    /// </summary>
    public string? Configuration { get; set; }

    /// <summary>The start of every key this package writes. Default <c>broker:</c>.</summary>
    public string KeyPrefix { get; set; } = "broker:";

    /// <summary>
    /// What identifies the account at the broker, when the default is not right: the Dhan client id, or for Groww the
    /// API key (TOTP token or key of the approval flow; with a pasted access token, which changes daily, set this to
    /// your UCC). Only a hash of it (with the broker and its API address) goes into the keys, never the value.
    /// </summary>
    public string? AccountId { get; set; }

    /// <summary>Share the account's rate limits with every process using the same Redis and account. Default on.</summary>
    public bool ShareRateLimits { get; set; } = true;

    /// <summary>
    /// Make token mints single-flight across processes (a fenced lock with expiry). Default on. Without
    /// <see cref="ShareTokens"/> each process still mints its own token, one process at a time.
    /// </summary>
    public bool ShareMintLock { get; set; } = true;

    /// <summary>
    /// Store the access token in Redis, encrypted, so that one mint serves every process (needed on Dhan, where a new
    /// token replaces the old one). Off by default: with it off no token is ever written to Redis. Needs
    /// <see cref="ShareMintLock"/> and either <see cref="TokenEncryptionKey"/> or <see cref="TokenProtector"/>.
    /// </summary>
    public bool ShareTokens { get; set; }

    /// <summary>
    /// The AES-256-GCM key tokens are encrypted with in Redis, as base64 of 32 random bytes (for example from
    /// <c>openssl rand -base64 32</c>); every process of the account needs the same key. Keep it out of source control.
    /// </summary>
    public string? TokenEncryptionKey { get; set; }

    /// <summary>Your own encryption of stored tokens (such as over ASP.NET Core Data Protection), instead of <see cref="TokenEncryptionKey"/>.</summary>
    public IAccessTokenProtector? TokenProtector { get; set; }

    /// <summary>What happens while Redis cannot be reached. Default <see cref="RedisFailureMode.FailClosed"/>.</summary>
    public RedisFailureMode WhenRedisLost { get; set; } = RedisFailureMode.FailClosed;

    /// <summary>
    /// With <see cref="RedisFailureMode.LocalFallback"/>: the share of each configured limit one process may use on its
    /// own while Redis is lost. Default 0.5 (two processes); use at most 1 / the number of processes.
    /// </summary>
    public double LocalFallbackShare { get; set; } = 0.5;

    /// <summary>
    /// How long the mint lock lives without its holder renewing it. The holder renews it every third of this while it
    /// mints, so a mint may take longer; a holder that dies blocks the others for at most this long. Default 30 s.
    /// </summary>
    public TimeSpan MintLockExpiry { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a process waiting for the mint lock checks whether it is free. Default 50 ms.</summary>
    public TimeSpan MintLockPollInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// The longest a leased permit (a request in flight) is held in Redis if its process never reports the answer (it
    /// died): after this it counts as sent at that moment. Keep it above the requests' timeout. Default 2 minutes.
    /// </summary>
    public TimeSpan LeaseExpiry { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How often the head of a process's queue asks again while only requests in flight (in any process) hold the
    /// window full: their completion frees it, and there is no message for that. Default 5 ms.
    /// </summary>
    public TimeSpan InFlightPollInterval { get; set; } = TimeSpan.FromMilliseconds(5);

    /// <summary>The longest one Redis command may take before it counts as Redis lost. Default one second.</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest the first connection may take; after it fails the account does not start. Default 5 s.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Checks the options; returns what is wrong, empty when nothing is.</summary>
    /// <returns>The messages.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Configuration))
        {
            errors.Add("Configuration is required: the Redis configuration string, such as localhost:6379.");
        }

        if (string.IsNullOrEmpty(KeyPrefix) || KeyPrefix.Contains('{', StringComparison.Ordinal) || KeyPrefix.Contains('}', StringComparison.Ordinal))
        {
            errors.Add("KeyPrefix must be set and must not contain braces (the package puts the account in a {hash tag}).");
        }

        if (ShareTokens && !ShareMintLock)
        {
            errors.Add("ShareTokens needs ShareMintLock: a shared token must be minted by one process at a time.");
        }

        if (ShareTokens && TokenProtector is null)
        {
            if (string.IsNullOrEmpty(TokenEncryptionKey))
            {
                errors.Add("ShareTokens needs TokenEncryptionKey (base64 of 32 random bytes) or a TokenProtector: tokens are never stored in clear.");
            }
            else if (!AesGcmAccessTokenProtector.IsValidKey(TokenEncryptionKey))
            {
                errors.Add("TokenEncryptionKey must be base64 of 16, 24 or 32 bytes (32 recommended: openssl rand -base64 32).");
            }
        }

        if (LocalFallbackShare is <= 0 or > 1 || double.IsNaN(LocalFallbackShare))
        {
            errors.Add("LocalFallbackShare must be above 0 and at most 1.");
        }

        Positive(MintLockExpiry, nameof(MintLockExpiry), errors);
        Positive(MintLockPollInterval, nameof(MintLockPollInterval), errors);
        Positive(LeaseExpiry, nameof(LeaseExpiry), errors);
        Positive(InFlightPollInterval, nameof(InFlightPollInterval), errors);
        Positive(OperationTimeout, nameof(OperationTimeout), errors);
        Positive(ConnectTimeout, nameof(ConnectTimeout), errors);
        return errors;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"RedisBrokerOptions(KeyPrefix={KeyPrefix}, ShareRateLimits={ShareRateLimits}, ShareMintLock={ShareMintLock}, ShareTokens={ShareTokens}, WhenRedisLost={WhenRedisLost}, configuration and key hidden)";

    private static void Positive(TimeSpan value, string name, List<string> errors)
    {
        if (value <= TimeSpan.Zero || value > TimeSpan.FromDays(1))
        {
            errors.Add($"{name} must be positive and at most one day; it is {value}.");
        }
    }
}
