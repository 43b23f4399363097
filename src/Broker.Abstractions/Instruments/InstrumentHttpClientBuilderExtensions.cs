using System.Net;
using Broker.Http;
using Broker.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace Broker.Instruments;

/// <summary>Wires the handler chain of the HTTP client that downloads instrument masters from a file host.</summary>
internal static class InstrumentHttpClientBuilderExtensions
{
    /// <summary>
    /// Adds the SDK's retry (a download that fails before its body starts is tried again), the attempt handler (which
    /// leaves a successful body streaming to the parser and classifies failures like every other call) and a
    /// <see cref="SocketsHttpHandler"/> that never follows redirects and accepts gzip/brotli (the masters compress about
    /// ten-fold); turns off the client factory's request logging. Unlike the account pipeline it has no authentication
    /// handler (the file hosts need no token, and none must ever be sent to them) and no rate limiter (the hosts publish
    /// no limit); the download's own time limit (<see cref="InstrumentCatalogOptions.DownloadTimeout"/>) applies.
    /// </summary>
    /// <param name="builder">The HTTP client builder.</param>
    /// <param name="retry">Reads the retry settings.</param>
    /// <param name="brokerName">The broker, for messages.</param>
    /// <returns>The same builder.</returns>
    public static IHttpClientBuilder AddInstrumentDownloadPipeline(this IHttpClientBuilder builder, Func<IServiceProvider, RetryOptions> retry, string brokerName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(retry);
        ArgumentException.ThrowIfNullOrWhiteSpace(brokerName);
        builder.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        builder.RemoveAllLoggers();
        builder.RedactLoggedHeaders(static _ => true);
        builder.AddResilienceHandler("BrokerInstruments", (pipeline, context) =>
        {
            var options = retry(context.ServiceProvider);
            pipeline.TimeProvider = context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
            if (options.MaxRetryAttempts > 0)
            {
                var logger = (ILogger?)context.ServiceProvider.GetService<ILoggerFactory>()?.CreateLogger("Broker.Resilience") ?? NullLogger.Instance;
                pipeline.AddRetry(BrokerRetryStrategy.Create(options, logger));
            }
        });
        builder.AddHttpMessageHandler(sp => new AttemptHandler(
            new BrokerResponseClassifier(new StatusOnlyErrorReader(brokerName)),
            Timeout.InfiniteTimeSpan,
            InstrumentMasterDownloader.ErrorBodyLimit,
            sp.GetService<TimeProvider>(),
            sp.GetService<ILogger<AttemptHandler>>(),
            streamsBodies: true));
        builder.SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        builder.ConfigurePrimaryHttpMessageHandler(static () => WireTap.Install(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(10),
        }));
        return builder;
    }
}
