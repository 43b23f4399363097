using Broker.RateLimiting;

namespace Broker.Http;

/// <summary>
/// What the SDK knows about one broker endpoint: its name for logs and errors, its rate-limit category, and how
/// it may be treated on failure. Every request carries its endpoint on <see cref="HttpRequestMessage.Options"/>
/// so the handlers (resilience, authentication, rate limiting) can act on it.
/// </summary>
public sealed record BrokerEndpoint
{
    /// <summary>Creates an endpoint description.</summary>
    /// <param name="name">A stable dotted name such as <c>orders.create</c>.</param>
    /// <param name="rateLimitCategory">The rate-limit category its requests count against.</param>
    public BrokerEndpoint(string name, RateLimitCategory rateLimitCategory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        RateLimitCategory = rateLimitCategory;
    }

    /// <summary>A stable dotted name such as <c>orders.create</c>, used in logs, metrics and exceptions.</summary>
    public string Name
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            field = value;
        }
    }

    /// <summary>The rate-limit category its requests count against.</summary>
    public RateLimitCategory RateLimitCategory { get; }

    /// <summary>
    /// <see langword="true"/> when sending the request twice has the same effect as once, so the resilience handler
    /// may retry it on transient failures. Reads are idempotent; order writes never are.
    /// </summary>
    public bool IsIdempotent { get; init; }

    /// <summary>
    /// <see langword="true"/> for order placement, modification and cancellation: never retried, and a failure after
    /// sending becomes <see cref="Errors.OrderOutcomeUnknownException"/>.
    /// </summary>
    public bool IsOrderWrite { get; init; }

    /// <summary><see langword="false"/> for token-mint calls, which carry their own credentials instead of an access token.</summary>
    public bool RequiresAuthentication { get; init; } = true;

    /// <summary>
    /// The largest answer (after decompression) accepted from this endpoint, in bytes; <see langword="null"/> (the
    /// usual case) for the account's <see cref="DependencyInjection.BrokerClientOptions.MaxResponseBytes"/>. A larger
    /// answer ends the attempt with an invalid-response error (for an order write: outcome unknown).
    /// </summary>
    public long? MaxResponseBytes { get; init; }

    /// <summary>
    /// <see langword="true"/> for a download whose successful body is parsed while it arrives (an instrument master):
    /// the attempt handler leaves a 2xx body unread for the caller, who applies its own size cap and time limit. Error
    /// answers are still read (up to the cap) and classified.
    /// </summary>
    public bool StreamsBody { get; init; }

    /// <summary>A read: idempotent, retried on transient failures.</summary>
    /// <param name="name">The endpoint name.</param>
    /// <param name="category">Its rate-limit category.</param>
    /// <returns>The endpoint.</returns>
    public static BrokerEndpoint Read(string name, RateLimitCategory category) => new(name, category) { IsIdempotent = true };

    /// <summary>A write that is not an order (settings, alerts, conversions): not retried.</summary>
    /// <param name="name">The endpoint name.</param>
    /// <param name="category">Its rate-limit category.</param>
    /// <returns>The endpoint.</returns>
    public static BrokerEndpoint Write(string name, RateLimitCategory category) => new(name, category);

    /// <summary>An order write: never retried; failures after sending are "outcome unknown".</summary>
    /// <param name="name">The endpoint name.</param>
    /// <param name="category">Its rate-limit category.</param>
    /// <returns>The endpoint.</returns>
    public static BrokerEndpoint OrderWrite(string name, RateLimitCategory category) => new(name, category) { IsOrderWrite = true };

    /// <summary>A token-mint call: carries its own credentials, not retried (minting can invalidate older tokens).</summary>
    /// <param name="name">The endpoint name.</param>
    /// <param name="category">Its rate-limit category.</param>
    /// <returns>The endpoint.</returns>
    public static BrokerEndpoint TokenMint(string name, RateLimitCategory category) => new(name, category) { RequiresAuthentication = false };

    /// <summary>The endpoint of a request the SDK did not build: idempotent only for GET, HEAD and OPTIONS.</summary>
    /// <param name="method">The request's method.</param>
    /// <returns>The endpoint.</returns>
    internal static BrokerEndpoint Unstamped(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options ? UnstampedRead : UnstampedWrite;

    private static readonly BrokerEndpoint UnstampedRead = Read("request", RateLimitCategory.Unlimited);

    private static readonly BrokerEndpoint UnstampedWrite = Write("request", RateLimitCategory.Unlimited);

    /// <inheritdoc />
    public override string ToString() => Name;
}
