using Broker.Sandbox;
using Microsoft.Extensions.Hosting;

namespace Broker.Samples.Webhook.Sandbox;

/// <summary>
/// Broker.Sandbox started in-process for <c>Webhook:UseSandbox=true</c> when no credentials are configured: the
/// service then trades against the sandbox's demo account (public, sandbox-only credentials) over loopback. Stopped
/// with the application.
/// </summary>
/// <param name="sandbox">The running sandbox.</param>
internal sealed class EmbeddedSandbox(BrokerSandbox sandbox) : IHostedService
{
    /// <summary>The running sandbox.</summary>
    public BrokerSandbox Sandbox { get; } = sandbox;

    /// <summary>Starts a sandbox with its default demo accounts and instruments.</summary>
    /// <param name="options">The sandbox's options (defaults); kept by the caller to set the Dhan postback URL once the service listens.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running sandbox.</returns>
    public static Task<BrokerSandbox> StartSandboxAsync(SandboxOptions options, CancellationToken cancellationToken) =>
        BrokerSandbox.StartAsync(options, cancellationToken);

    /// <summary>
    /// The service's own Dhan postback URL as the sandbox should call it: the first <c>http</c> address the server
    /// listens on, with a wildcard or <c>localhost</c> host replaced by <c>127.0.0.1</c>; <see langword="null"/> when
    /// it listens on none (the sandbox would not trust a development HTTPS certificate).
    /// </summary>
    /// <param name="listening">The addresses the server reported.</param>
    /// <param name="postbackSecret">The postback route's secret path segment.</param>
    /// <returns>The URL, or <see langword="null"/>.</returns>
    public static Uri? LoopbackPostbackUrl(IEnumerable<string> listening, string postbackSecret)
    {
        ArgumentNullException.ThrowIfNull(listening);
        foreach (var address in listening)
        {
            var builder = new UriBuilder(address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal));
            if (builder.Scheme != Uri.UriSchemeHttp)
            {
                continue;
            }

            if (builder.Host is "localhost" or "[::]" or "0.0.0.0" or "::")
            {
                builder.Host = "127.0.0.1";
            }

            builder.Path = "/dhan/postback/" + postbackSecret;
            return builder.Uri;
        }

        return null;
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken) => await Sandbox.DisposeAsync().ConfigureAwait(false);
}
