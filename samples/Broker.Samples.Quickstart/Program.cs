// Quickstart: the main job of the SDK, end to end, for Groww and for Dhan.
//
//   dotnet run --project samples/Broker.Samples.Quickstart
//
// With no credentials in the environment it starts Broker.Sandbox in-process (a loopback server that speaks both
// brokers' APIs) and runs against demo accounts: log in with TOTP, read the profile, place a limit order with a
// reference of our own, watch it fill, read positions and funds, and print a report.
//
// With credentials it runs against the real broker(s), read-only unless Quickstart__PlaceOrders=yes, in which case it
// places one limit order far below the market, shows it open, and cancels it. Never put credentials in code. The
// names are the ones the libraries bind (AddGrowwClient/AddDhanClient with a configuration section; any case):
//   Groww: Groww__Credentials__TotpToken + Groww__Credentials__TotpSecret (or Groww__Credentials__ApiKey +
//          Groww__Credentials__ApiSecret, or Groww__Credentials__AccessToken); optional Quickstart__GrowwSymbol (IDEA)
//   Dhan:  Dhan__ClientId + Dhan__Pin + Dhan__TotpSecret (or Dhan__ClientId + Dhan__AccessToken);
//          optional Quickstart__DhanSecurityId (default 1333, HDFC Bank on NSE)
//
// Quickstart__Telemetry=console also prints the SDK's metrics and spans with OpenTelemetry's console exporter (see
// docs/observability.md); the SDK itself needs no OpenTelemetry package, only this sample references one.
using Broker.Diagnostics;
using Broker.Dhan.Feeds;
using Broker.Errors;
using Broker.Samples.Quickstart;
using Broker.Sandbox;
using Microsoft.Extensions.Configuration;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
var settings = QuickstartSettings.From(configuration);
using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
var report = new QuickstartReport(Console.Out);
var exportTelemetry = string.Equals(configuration["Quickstart:Telemetry"], "console", StringComparison.OrdinalIgnoreCase);
using var tracing = exportTelemetry
    ? Sdk.CreateTracerProviderBuilder().AddSource(BrokerDiagnostics.ActivitySourceName).AddConsoleExporter().Build()
    : null;
using var metrics = exportTelemetry
    ? Sdk.CreateMeterProviderBuilder().AddMeter(BrokerDiagnostics.MeterName, DhanFeedDiagnostics.MeterName).AddConsoleExporter().Build()
    : null;

try
{
    if (!settings.HasAnyCredentials)
    {
        report.Title("No broker credentials found: running against Broker.Sandbox (in-process, loopback, demo accounts).");
        await using var sandbox = await BrokerSandbox.StartAsync(new SandboxOptions(), stop.Token);
        report.Line($"Sandbox listening on {sandbox.BaseAddress}");
        await new GrowwTour(report, SandboxTarget.ForGroww(sandbox)).RunAsync(stop.Token);
        await new DhanTour(report, SandboxTarget.ForDhan(sandbox)).RunAsync(stop.Token);
    }
    else
    {
        report.Title($"Running against the real broker(s); orders {(settings.PlaceOrders ? "ENABLED (one far-from-market limit order, then cancelled)" : "disabled (read-only)")}.");
        if (settings.Groww is { } groww)
        {
            await new GrowwTour(report, groww).RunAsync(stop.Token);
        }

        if (settings.Dhan is { } dhan)
        {
            await new DhanTour(report, dhan).RunAsync(stop.Token);
        }
    }

    report.Title("Done.");
    return 0;
}
catch (OrderOutcomeUnknownException ex)
{
    Console.Error.WriteLine($"The order's outcome is unknown: look it up by its reference {ex.ClientReference} before sending it again.");
    return 1;
}
catch (BrokerException ex)
{
    Console.Error.WriteLine($"{ex.GetType().Name}: {ex.Message}");
    return 1;
}
