using System.Diagnostics.Metrics;

namespace Broker.Diagnostics;

/// <summary>
/// The instruments of the shared pipeline, on one <see cref="Meter"/> named <see cref="BrokerDiagnostics.MeterName"/>.
/// Registered once per service provider: the meter comes from the provider's <see cref="IMeterFactory"/> when it has
/// one (so a test or a host can observe its own provider alone), otherwise from <see cref="Shared"/>, a process-wide
/// meter. Instruments are created once; a measurement costs only its tags (a <see cref="System.Diagnostics.TagList"/>
/// on the stack), and nothing at all while no listener is subscribed.
/// </summary>
internal sealed class BrokerMetrics
{
    private static readonly Lazy<BrokerMetrics> SharedInstance = new(static () => new BrokerMetrics(null));

    /// <summary>Bucket boundaries, in seconds, for request durations (those of .NET's own HTTP client metrics).</summary>
    private static readonly IReadOnlyList<double> DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    /// <summary>Bucket boundaries, in seconds, for rate-limit waits, which can reach minutes (hourly and daily windows).</summary>
    private static readonly IReadOnlyList<double> WaitBuckets = [0, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/>, or on a new meter when it is <see langword="null"/>.</summary>
    /// <param name="meterFactory">The service provider's meter factory, if any.</param>
    public BrokerMetrics(IMeterFactory? meterFactory)
    {
        var version = typeof(BrokerMetrics).Assembly.GetName().Version?.ToString();
        var options = new MeterOptions(BrokerDiagnostics.MeterName) { Version = version };
#pragma warning disable CA2000 // The meter lives as long as the process (the shared instance) or its factory, which disposes it.
        Meter = meterFactory?.Create(options) ?? new Meter(options);
#pragma warning restore CA2000

        Requests = Meter.CreateCounter<long>(
            "broker.client.requests",
            "{request}",
            "Requests made through the broker pipeline, counted once each when they end (retries and resends included in one), by outcome.");
        RequestDuration = Meter.CreateHistogram(
            "broker.client.request.duration",
            "s",
            "Duration of a broker request from the call to its outcome: rate-limit waits, token mints, retries and retry delays included.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        Attempts = Meter.CreateCounter<long>(
            "broker.client.attempts",
            "{attempt}",
            "Attempts handed to the network: each retry and each resend after a token renewal is one more.");
        Throttled = Meter.CreateCounter<long>(
            "broker.client.throttled",
            "{response}",
            "Answers in which the broker throttled a request (HTTP 429 or a rate-limit error code).");
        RateLimitWait = Meter.CreateHistogram(
            "broker.rate_limit.wait.duration",
            "s",
            "Time a request waited for a client-side rate-limit permit (zero when one was free).",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = WaitBuckets });
        RateLimitRejections = Meter.CreateCounter<long>(
            "broker.rate_limit.rejections",
            "{request}",
            "Requests the client-side rate limiter refused without sending (Fail mode, or the maximum wait exceeded).");
        TokenMints = Meter.CreateCounter<long>(
            "broker.token.mints",
            "{mint}",
            "Access-token mints (calls to the authentication flow), successful or failed.");
        OrderOutcomeUnknown = Meter.CreateCounter<long>(
            "broker.order.outcome_unknown",
            "{order}",
            "Order writes that may have reached the broker but whose outcome is unknown (OrderOutcomeUnknownException): reconcile them.");
    }

    /// <summary>The process-wide instance, for a pipeline built without a service provider that has an <see cref="IMeterFactory"/>.</summary>
    public static BrokerMetrics Shared => SharedInstance.Value;

    /// <summary>The meter.</summary>
    public Meter Meter { get; }

    /// <summary><c>broker.client.requests</c>.</summary>
    public Counter<long> Requests { get; }

    /// <summary><c>broker.client.request.duration</c>.</summary>
    public Histogram<double> RequestDuration { get; }

    /// <summary><c>broker.client.attempts</c>.</summary>
    public Counter<long> Attempts { get; }

    /// <summary><c>broker.client.throttled</c>.</summary>
    public Counter<long> Throttled { get; }

    /// <summary><c>broker.rate_limit.wait.duration</c>.</summary>
    public Histogram<double> RateLimitWait { get; }

    /// <summary><c>broker.rate_limit.rejections</c>.</summary>
    public Counter<long> RateLimitRejections { get; }

    /// <summary><c>broker.token.mints</c>.</summary>
    public Counter<long> TokenMints { get; }

    /// <summary><c>broker.order.outcome_unknown</c>.</summary>
    public Counter<long> OrderOutcomeUnknown { get; }
}
