using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Broker.Sandbox.Tool;

/// <summary>
/// What <c>broker-sandbox</c> does, apart from the process plumbing in <c>Program.cs</c>, so that a test can run it
/// on a free port with its own output and cancellation: parse, start the sandbox, print where everything is and the
/// demo accounts, serve until cancelled, stop.
/// </summary>
internal static class SandboxToolRunner
{
    /// <summary>Exit code when the sandbox ran and stopped normally.</summary>
    public const int Success = 0;

    /// <summary>Exit code when the sandbox could not start (for example the port is in use).</summary>
    public const int StartFailed = 1;

    /// <summary>Exit code for a wrong command line.</summary>
    public const int BadArguments = 2;

    /// <summary>The line printed once the server accepts connections; it names the address.</summary>
    public const string ListeningPrefix = "broker-sandbox listening on ";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        SandboxToolArguments arguments;
        try
        {
            arguments = SandboxToolArguments.Parse(args);
        }
        catch (FormatException e)
        {
            await error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return BadArguments;
        }

        if (arguments.ShowHelp)
        {
            await output.WriteLineAsync(SandboxToolArguments.Usage).ConfigureAwait(false);
            return Success;
        }

        var options = arguments.ToSandboxOptions();
        using var loggerFactory = LoggerFactory.Create(logging => logging
            .SetMinimumLevel(LogLevel.Trace)
            .AddProvider(new TextWriterLoggerProvider(output, arguments.Quiet ? LogLevel.Information : LogLevel.Debug, TimeProvider.System)));
        options.LoggerFactory = loggerFactory;

        BrokerSandbox sandbox;
        try
        {
            sandbox = await BrokerSandbox.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e) when (e.InnerException is SocketException || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            await error.WriteLineAsync($"broker-sandbox could not listen on 127.0.0.1:{arguments.Port}: the port is in use. Choose another with --port.").ConfigureAwait(false);
            return StartFailed;
        }
        catch (OperationCanceledException)
        {
            return Success;
        }

        await using (sandbox.ConfigureAwait(false))
        {
            await output.WriteLineAsync(Describe(sandbox, options, arguments)).ConfigureAwait(false);
            await output.WriteLineAsync(ListeningPrefix + sandbox.BaseAddress + " (Ctrl+C stops it)").ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await output.WriteLineAsync("broker-sandbox stopping.").ConfigureAwait(false);
            }
        }

        return Success;
    }

    /// <summary>Where each broker's endpoints are, and the demo accounts' public, sandbox-only credentials.</summary>
    internal static string Describe(BrokerSandbox sandbox, SandboxOptions options, SandboxToolArguments arguments)
    {
        var lines = new List<string>
        {
            "Groww (Trading API v1)",
            $"  REST                {sandbox.GrowwApiBaseUri}   (instead of https://api.groww.in/v1/)",
            $"  instruments CSV     {sandbox.GrowwInstrumentsUri}",
        };
        foreach (var account in options.Groww.Accounts)
        {
            lines.Add($"  demo account {account.Ucc}: API key {account.ApiKey}, API secret {account.ApiSecret}, TOTP token {account.TotpToken}, TOTP secret {account.TotpSecret}, access token {account.AccessToken}");
        }

        lines.Add("Dhan (DhanHQ API v2)");
        lines.Add($"  REST                {sandbox.DhanApiBaseUri}   (instead of https://api.dhan.co/v2/)");
        lines.Add($"  auth                {sandbox.DhanAuthBaseUri}   (instead of https://auth.dhan.co/)");
        lines.Add($"  market feed         {sandbox.DhanMarketFeedUri}");
        lines.Add($"  20-level depth      {sandbox.DhanTwentyDepthUri}");
        lines.Add($"  order updates       {sandbox.DhanOrderUpdateUri}");
        lines.Add($"  scrip master CSV    {sandbox.DhanScripMasterUri}");
        foreach (var account in options.Dhan.Accounts)
        {
            lines.Add($"  demo account {account.ClientId}: PIN {account.Pin}, TOTP secret {account.TotpSecret}, access token {account.AccessToken}");
        }

        lines.Add("Sandbox controls (no credentials; loopback only)");
        lines.Add($"  GET    {sandbox.BaseAddress}_sandbox/requests?after=N    the request log");
        lines.Add($"  GET    {sandbox.BaseAddress}_sandbox/prices              every instrument's last price");
        lines.Add($"  PUT    {sandbox.BaseAddress}_sandbox/prices/TCS          {{\"price\": 3100.5}} fills the orders it crosses");
        lines.Add($"  POST   {sandbox.BaseAddress}_sandbox/market/step?steps=N one or more random-walk steps");
        lines.Add($"  POST   {sandbox.BaseAddress}_sandbox/faults              {{\"endpoint\":\"groww.orders.create\",\"fault\":\"AcceptThenDrop\"}}");
        lines.Add($"  DELETE {sandbox.BaseAddress}_sandbox/faults              clears waiting faults");
        lines.Add($"  GET    {sandbox.BaseAddress}_sandbox/endpoints           endpoint names for faults");
        lines.Add(arguments.PriceWalkInterval is { } walk
            ? $"Prices move one random-walk step every {walk.TotalSeconds:0.##} s (--price-walk off keeps them still)."
            : "Prices stay still until moved (--price-walk SECONDS makes them move).");
        lines.Add(arguments.EnforceRateLimits ? "Rate limits are enforced with the brokers' 429 answers." : "Rate limits are recorded, not enforced.");
        return string.Join(Environment.NewLine, lines);
    }
}
