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
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running sandbox.</returns>
    public static Task<BrokerSandbox> StartSandboxAsync(CancellationToken cancellationToken) =>
        BrokerSandbox.StartAsync(new SandboxOptions(), cancellationToken);

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken) => await Sandbox.DisposeAsync().ConfigureAwait(false);
}
