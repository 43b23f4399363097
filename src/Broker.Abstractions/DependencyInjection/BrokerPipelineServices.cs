using Broker.Authentication;
using Broker.Http;
using Broker.RateLimiting;
using Broker.Resilience;

namespace Broker.DependencyInjection;

/// <summary>
/// The singletons and settings one account's handler chain is built from. Resolved from the service provider each
/// time the HTTP client factory builds a chain; the handlers only reference these, so limiter and token state
/// outlive any handler.
/// </summary>
/// <param name="RateLimiter">The account's limiter.</param>
/// <param name="Classifier">The account's response classifier.</param>
/// <param name="Retry">Retry settings for idempotent calls.</param>
/// <param name="AttemptTimeout">The per-attempt timeout.</param>
/// <param name="MaxResponseBytes">The largest answer accepted.</param>
/// <param name="TimeProvider">The clock.</param>
/// <param name="CreateAuthenticationHandler">Creates the broker's authentication handler over the account's <see cref="TokenManager"/>.</param>
public sealed record BrokerPipelineServices(
    BrokerRateLimiter RateLimiter,
    BrokerResponseClassifier Classifier,
    RetryOptions Retry,
    TimeSpan AttemptTimeout,
    long MaxResponseBytes,
    TimeProvider TimeProvider,
    Func<AuthenticationHandler> CreateAuthenticationHandler);
