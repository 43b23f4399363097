using System.Net;
using Broker.RateLimiting;
using Broker.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Broker.DependencyInjection;

/// <summary>Wires the SDK's handler chain into an <see cref="IHttpClientBuilder"/>.</summary>
public static class BrokerHttpClientBuilderExtensions
{
    /// <summary>
    /// Adds, outermost first: <see cref="ResilienceHandler"/> (retries idempotent calls), the broker's
    /// authentication handler (token, renew once on rejection), <see cref="RateLimitHandler"/> (a permit per attempt),
    /// <see cref="AttemptTimeoutHandler"/> (per-attempt timeout), then a <see cref="SocketsHttpHandler"/> that never
    /// follows redirects (so credentials are never replayed to another host). Also turns off the HTTP client
    /// factory's own request logging, which would write URLs with credentials in the query string.
    /// </summary>
    /// <param name="builder">The HTTP client builder.</param>
    /// <param name="resolve">Resolves the account's pipeline services.</param>
    /// <returns>The same builder.</returns>
    public static IHttpClientBuilder AddBrokerPipeline(this IHttpClientBuilder builder, Func<IServiceProvider, BrokerPipelineServices> resolve)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(resolve);
        builder.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        builder.RemoveAllLoggers();
        builder.RedactLoggedHeaders(static _ => true);
        builder.AddHttpMessageHandler(sp =>
        {
            var services = resolve(sp);
            return new ResilienceHandler(services.Retry, services.TimeProvider, sp.GetService<ILogger<ResilienceHandler>>());
        });
        builder.AddHttpMessageHandler(sp => resolve(sp).CreateAuthenticationHandler());
        builder.AddHttpMessageHandler(sp =>
        {
            var services = resolve(sp);
            return new RateLimitHandler(services.RateLimiter, services.TimeProvider, sp.GetService<ILogger<RateLimitHandler>>());
        });
        builder.AddHttpMessageHandler(sp =>
        {
            var services = resolve(sp);
            return new AttemptTimeoutHandler(services.AttemptTimeout, services.TimeProvider, sp.GetService<ILogger<AttemptTimeoutHandler>>());
        });
        builder.ConfigurePrimaryHttpMessageHandler(static () => new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(10),
        });
        builder.SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        return builder;
    }
}
