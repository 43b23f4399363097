using Broker.Resilience;

namespace Broker.Instruments;

/// <summary>
/// Settings every broker's instrument catalogue shares: when the master is refreshed, where it is cached, and how it
/// is downloaded.
/// </summary>
public abstract class InstrumentCatalogOptions
{
    /// <summary>
    /// The IST time of day after which a trading day's master is considered published; a catalogue loaded before the
    /// latest such moment (on a trading day) is stale and is downloaded again. Default 08:30 IST: the brokers do not
    /// document when they regenerate their files; both are observed to do so early in the morning, before the 09:00
    /// pre-open. Configurable for that reason.
    /// </summary>
    public TimeOnly RolloverTime { get; set; } = new(8, 30);

    /// <summary>
    /// The days of the week on which a new master is expected (default Monday–Friday). A catalogue loaded on Friday
    /// stays fresh over the weekend. Exchange holidays are not known to the SDK; a refresh on a holiday just
    /// downloads the same file again.
    /// </summary>
    public ICollection<DayOfWeek> TradingDays { get; } = new HashSet<DayOfWeek>
    {
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
    };

    /// <summary>
    /// <see langword="true"/> (default) to download the new master in the background at the next rollover once the
    /// catalogue has been loaded, so look-ups never wait for it. With <see langword="false"/> the catalogue refreshes
    /// only when <c>GetSnapshotAsync</c> finds it stale, or on <c>RefreshAsync</c>.
    /// </summary>
    public bool AutoRefresh { get; set; } = true;

    /// <summary>How long a failed background refresh waits before trying again. Default 5 minutes.</summary>
    public TimeSpan RefreshRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A file the downloaded master is saved to (written to a temporary file, then moved into place), and restored from
    /// on start-up when it is still fresh, so a restart does not download 20–40 MB again. <see langword="null"/>
    /// (default) for no cache. The file is the broker's CSV preceded by one <c>#</c> comment line with the load time.
    /// </summary>
    public string? CacheFilePath { get; set; }

    /// <summary>
    /// The largest master the SDK will download, in bytes; a larger answer is abandoned with
    /// <see cref="InstrumentMasterTooLargeException"/>. Default 256 MB (today's files are 20–60 MB).
    /// </summary>
    public long MaxDownloadBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>The longest a whole download (and its parse) may take. Default 5 minutes.</summary>
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How a download that fails before its body starts (connection errors, 502/503/504, 429) is retried. A download
    /// that breaks half-way is not resumed; the next refresh starts again.
    /// </summary>
    public RetryOptions Retry { get; set; } = new();

    /// <summary>Collects problems with these settings.</summary>
    /// <param name="errors">Where messages are added; each names the option.</param>
    public virtual void Validate(ICollection<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (TradingDays.Count == 0)
        {
            errors.Add("TradingDays must list at least one day.");
        }

        if (RefreshRetryDelay <= TimeSpan.Zero)
        {
            errors.Add($"RefreshRetryDelay must be positive; it is {RefreshRetryDelay}.");
        }

        if (MaxDownloadBytes <= 0)
        {
            errors.Add($"MaxDownloadBytes must be positive; it is {MaxDownloadBytes}.");
        }

        if (DownloadTimeout <= TimeSpan.Zero && DownloadTimeout != Timeout.InfiniteTimeSpan)
        {
            errors.Add($"DownloadTimeout must be positive; it is {DownloadTimeout}.");
        }

        if (Retry is null)
        {
            errors.Add("Retry must not be null.");
        }

        if (CacheFilePath is not null && string.IsNullOrWhiteSpace(CacheFilePath))
        {
            errors.Add("CacheFilePath must be null or a file path.");
        }
    }

    /// <summary>Checks a download address: absolute, and HTTPS unless it is a loopback sandbox.</summary>
    /// <param name="address">The address.</param>
    /// <param name="optionName">The option's name, for the message.</param>
    /// <param name="errors">Where messages are added.</param>
    protected static void ValidateAddress(Uri? address, string optionName, ICollection<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (address is null || !address.IsAbsoluteUri)
        {
            errors.Add($"{optionName} must be an absolute URL.");
        }
        else if (address.Scheme != Uri.UriSchemeHttps && !address.IsLoopback)
        {
            // A master fetched in clear text could be altered on the way, changing lot sizes and ids that orders rely on.
            errors.Add($"{optionName} must use HTTPS (or point at a loopback sandbox); '{address.GetLeftPart(UriPartial.Authority)}' is not.");
        }
    }
}
