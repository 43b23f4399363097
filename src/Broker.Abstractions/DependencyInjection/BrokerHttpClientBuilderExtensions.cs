using System.Net;
using Broker.Diagnostics;
using Broker.Http;
using Broker.RateLimiting;
using Broker.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace Broker.DependencyInjection;

/// <summary>Wires the SDK's handler chain into an <see cref="IHttpClientBuilder"/>.</summary>
public static class BrokerHttpClientBuilderExtensions
{
    /// <summary>
    /// Adds, outermost first: the retry (Microsoft.Extensions.Http.Resilience, idempotent requests only, deciding by
    /// the attempt's classification), the broker's authentication handler (token; renew once on a refusal), the
    /// <see cref="RateLimitHandler"/> (a permit per attempt, held until the answer), and the attempt handler (marks the
    /// request sent, bounds the attempt by its timeout, reads the body up to the cap and classifies the outcome once),
    /// then a <see cref="SocketsHttpHandler"/> that never follows redirects and never resends a request outside the
    /// SDK's rules. Also turns off the HTTP client factory's own request logging, which would write URLs.
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
        builder.AddResilienceHandler("Broker", (pipeline, context) =>
        {
            var services = resolve(context.ServiceProvider);
            pipeline.TimeProvider = services.TimeProvider;
            if (services.Retry.MaxRetryAttempts > 0)
            {
                var logger = (ILogger?)context.ServiceProvider.GetService<ILoggerFactory>()?.CreateLogger("Broker.Resilience") ?? NullLogger.Instance;
                pipeline.AddRetry(BrokerRetryStrategy.Create(services.Retry, logger));
            }
        });
        builder.AddHttpMessageHandler(sp => resolve(sp).CreateAuthenticationHandler());
        builder.AddHttpMessageHandler(sp => new RateLimitHandler(resolve(sp).RateLimiter, sp.GetService<ILogger<RateLimitHandler>>()));
        builder.AddHttpMessageHandler(sp =>
        {
            var services = resolve(sp);
            return new AttemptHandler(services.Classifier, services.AttemptTimeout, services.MaxResponseBytes, services.TimeProvider, sp.GetService<ILogger<AttemptHandler>>())
            {
                Metrics = sp.GetService<BrokerMetrics>() ?? BrokerMetrics.Shared,
            };
        });
        builder.ConfigurePrimaryHttpMessageHandler(static () => WireTap.Install(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(10),
        }));
        builder.SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        return builder;
    }
}
