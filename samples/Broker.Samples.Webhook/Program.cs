// TradingView → Dhan / Groww webhook service. See README.md for the alert schema and the settings.
using Broker.Samples.Webhook;
using Broker.Samples.Webhook.Bench;
using Microsoft.Extensions.Options;

if (LoadBenchmark.IsRequested(args))
{
    // dotnet run -c Release -- --bench [--broker Groww|Dhan] [--alerts 500] [--callers 64]: see README, "Bursts".
    return await LoadBenchmark.RunAsync(args).ConfigureAwait(false);
}

try
{
    var app = await WebhookApplication.CreateAsync(args).ConfigureAwait(false);
    await using (app.ConfigureAwait(false))
    {
        await app.RunAsync().ConfigureAwait(false);
    }

    return 0;
}
catch (OptionsValidationException ex)
{
    await Console.Error.WriteLineAsync("The webhook service is not configured correctly:").ConfigureAwait(false);
    foreach (var failure in ex.Failures)
    {
        await Console.Error.WriteLineAsync("  - " + failure).ConfigureAwait(false);
    }

    return 2;
}
