using Broker.Http;

namespace Broker.Instruments;

/// <summary>One instrument-master download: where, as which endpoint, and within which limits.</summary>
/// <param name="Address">The file's URL.</param>
/// <param name="Endpoint">The endpoint stamped on the request (rate-limit category, retry policy, whether it carries a token).</param>
/// <param name="BrokerName">The broker, for exceptions.</param>
internal sealed record InstrumentDownloadRequest(Uri Address, BrokerEndpoint Endpoint, string BrokerName)
{
    /// <summary>The largest body accepted, in bytes.</summary>
    public long MaxBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The longest the download and its parse may take; <see cref="Timeout.InfiniteTimeSpan"/> for no limit.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Reads the broker's JSON error envelopes on failures (an API host); <see langword="null"/> for a file host.</summary>
    public IBrokerErrorReader? ErrorReader { get; init; }
}
