using System.Net;
using Broker.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Broker.Instruments;

/// <summary>Wires the handler chain of the HTTP client that downloads instrument masters.</summary>
public static class InstrumentHttpClientBuilderExtensions
{
    /// <summary>
    /// Adds the SDK's <see cref="ResilienceHandler"/> (retries a download that fails before its body starts) and a
    /// <see cref="SocketsHttpHandler"/> that never follows redirects and accepts gzip/brotli (the masters compress
    /// about ten-fold); turns off the client factory's request logging. Unlike the account pipeline it has no
    /// authentication handler (the file hosts need no token, and none must ever be sent to them), no rate limiter
    /// (the hosts publish no limit) and no per-attempt timeout handler, because that handler buffers whole bodies and
    /// a 20–40 MB master must be parsed as it streams; the download's own time limit
    /// (<see cref="InstrumentCatalogOptions.DownloadTimeout"/>) applies instead.
    /// </summary>
    /// <param name="builder">The HTTP client builder.</param>
    /// <param name="retry">Reads the retry settings.</param>
    /// <returns>The same builder.</returns>
    public static IHttpClientBuilder AddInstrumentDownloadPipeline(this IHttpClientBuilder builder, Func<IServiceProvider, RetryOptions> retry)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(retry);
        builder.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        builder.RemoveAllLoggers();
        builder.RedactLoggedHeaders(static _ => true);
        builder.AddHttpMessageHandler(sp => new ResilienceHandler(
            retry(sp), sp.GetService<TimeProvider>() ?? TimeProvider.System, sp.GetService<ILogger<ResilienceHandler>>()));
        builder.SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        builder.ConfigurePrimaryHttpMessageHandler(static () => new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(10),
        });
        return builder;
    }
}
