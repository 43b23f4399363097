using System.Collections;
using System.Text.Json;
using System.Text;
using Broker.Samples.Webhook.Health;
using Broker.Sandbox;
using Broker.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Broker.Samples.Webhook.Tests;

/// <summary>
/// A Broker.Sandbox and the webhook service started in-process on 127.0.0.1:0, configured like production (through
/// configuration keys only) but pointed at the sandbox and sharing its clock. Logs are captured at every level.
/// </summary>
internal sealed class WebhookHarness : IAsyncDisposable
{
    public const string Secret = "tv-secret-0123456789-abcdef";

    private readonly bool _ownsSandbox;
    private readonly string _directory;
    private bool _appStopped;

    private WebhookHarness(BrokerSandbox sandbox, bool ownsSandbox, string directory)
    {
        Sandbox = sandbox;
        _ownsSandbox = ownsSandbox;
        _directory = directory;
    }

    public BrokerSandbox Sandbox { get; }

    public WebApplication App { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public FakeLogCollector Logs { get; } = new();

    public string OrderLogPath => Path.Combine(_directory, "orders.csv");

    public IReadOnlyDictionary<string, string?> Settings { get; private set; } = new Dictionary<string, string?>();

    /// <summary>The options the sandbox was started with (its accounts' settings, such as a Dhan <c>PostbackUrl</c>, are read live).</summary>
    public SandboxOptions SandboxOptions { get; private set; } = null!;

    public static Task<WebhookHarness> StartDhanAsync(Action<Dictionary<string, string?>>? configure = null, Action<SandboxOptions>? sandbox = null) =>
        StartAsync("Dhan", configure, sandbox);

    public static Task<WebhookHarness> StartGrowwAsync(Action<Dictionary<string, string?>>? configure = null, Action<SandboxOptions>? sandbox = null) =>
        StartAsync("Groww", configure, sandbox);

    /// <summary>The alert journal (next to the order log).</summary>
    public string JournalPath => Path.Combine(_directory, "alerts.journal");

    /// <summary>Starts a second service instance on the same sandbox and order log (a restart).</summary>
    /// <param name="configure">Changes settings for the restarted instance.</param>
    public async Task<WebhookHarness> RestartAsync(Action<Dictionary<string, string?>>? configure = null)
    {
        await StopAppAsync();
        var settings = new Dictionary<string, string?>(Settings);
        configure?.Invoke(settings);
        var restarted = new WebhookHarness(Sandbox, ownsSandbox: true, _directory) { Settings = settings, SandboxOptions = SandboxOptions };
        await restarted.StartAppAsync();
        return restarted;
    }

    public Task<HttpResponseMessage> PostAlertAsync(string json) =>
        Http.PostAsync("/webhook", new StringContent(json, Encoding.UTF8, "text/plain"));

    public TokenKeeper TokenKeeper => App.Services.GetRequiredService<TokenKeeper>();

    public Broker.Samples.Webhook.Queue.AlertQueue Queue => App.Services.GetRequiredService<Broker.Samples.Webhook.Queue.AlertQueue>();

    /// <summary>Waits for an accepted alert's outcome (the queue's own signal, no polling).</summary>
    public async Task<Broker.Samples.Webhook.Orders.WebhookOutcome> OutcomeOfAsync(string alertId)
    {
        Assert.True(Queue.TryGet(alertId, out var ticket), $"alert {alertId} is not known to the queue");
        return await ticket.Outcome.WaitAsync(TimeSpan.FromMinutes(2));
    }

    /// <summary>Every secret the service knows: the webhook secret, the account's credentials and its live tokens.</summary>
    public IEnumerable<string> AllSecrets()
    {
        var dhan = Sandbox.Dhan.DefaultAccount;
        var groww = Sandbox.Groww.DefaultAccount;
        string?[] all =
        [
            Secret, Settings.GetValueOrDefault("Webhook:DhanPostbackSecret"), Settings.GetValueOrDefault("Dhan:Pin"), Settings.GetValueOrDefault("Dhan:TotpSecret"),
            Settings.GetValueOrDefault("Groww:Credentials:TotpToken"), Settings.GetValueOrDefault("Groww:Credentials:TotpSecret"),
            dhan.ActiveAccessToken, groww.ActiveAccessToken,
        ];
        return all.Where(s => !string.IsNullOrEmpty(s))!;
    }

    public static async Task<string> BodyAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();

    public async ValueTask DisposeAsync()
    {
        await StopAppAsync();
        if (_ownsSandbox)
        {
            await Sandbox.DisposeAsync();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // Best effort.
            }
        }
    }

    /// <summary>Parses a JSON answer.</summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Stops the service (the sandbox and the files stay) as a crash or shutdown would; <see cref="RestartAsync"/> starts it again.</summary>
    public Task StopAsync() => StopAppAsync();

    private async Task StopAppAsync()
    {
        if (_appStopped || App is null)
        {
            return;
        }

        _appStopped = true;
        await App.StopAsync();
        await App.DisposeAsync();
        Http?.Dispose();
    }

    private static async Task<WebhookHarness> StartAsync(string broker, Action<Dictionary<string, string?>>? configure, Action<SandboxOptions>? configureSandbox)
    {
        var sandboxOptions = new SandboxOptions();
        configureSandbox?.Invoke(sandboxOptions);
        var sandbox = await BrokerSandbox.StartAsync(sandboxOptions);
        var directory = Path.Combine(Path.GetTempPath(), "webhook-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var harness = new WebhookHarness(sandbox, ownsSandbox: true, directory) { SandboxOptions = sandboxOptions };
        var settings = new Dictionary<string, string?>
        {
            ["Webhook:Secret"] = Secret,
            ["Webhook:Broker"] = broker,
            ["Webhook:LiveTrading"] = "true",
            ["Webhook:TokenCheck:Enabled"] = "false",
            ["Webhook:OrderLog:Path"] = harness.OrderLogPath,

            // Tests that are not about the queue wait for the outcome (a loaded test machine can take seconds).
            ["Webhook:Queue:AnswerWithin"] = "00:00:30",
        };
        if (broker == "Dhan")
        {
            var account = sandboxOptions.Dhan.Accounts[0];
            settings["Webhook:Instruments:Address"] = sandbox.DhanScripMasterDetailedUri.ToString();
            settings["Dhan:ClientId"] = account.ClientId;
            settings["Dhan:Pin"] = account.Pin;
            settings["Dhan:TotpSecret"] = account.TotpSecret;
            settings["Dhan:Environment:ApiBaseAddress"] = sandbox.DhanApiBaseUri.ToString();
            settings["Dhan:Environment:AuthBaseAddress"] = sandbox.DhanAuthBaseUri.ToString();
        }
        else
        {
            var account = sandboxOptions.Groww.Accounts[0];
            settings["Webhook:Instruments:Address"] = sandbox.GrowwInstrumentsUri.ToString();
            settings["Groww:BaseAddress"] = sandbox.GrowwBaseAddress.ToString();
            settings["Groww:Credentials:TotpToken"] = account.TotpToken;
            settings["Groww:Credentials:TotpSecret"] = account.TotpSecret;
            settings["Groww:RateLimits:Orders"] = "10/s, 250/min";
        }

        configure?.Invoke(settings);
        harness.Settings = settings;
        try
        {
            await harness.StartAppAsync();
        }
        catch
        {
            await harness.DisposeAsync();
            throw;
        }

        return harness;
    }

    private async Task StartAppAsync()
    {
        App = await WebhookApplication.CreateAsync(
            [],
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(Settings);
                builder.WebHost.UseUrls("http://127.0.0.1:0");
                builder.Logging.ClearProviders();
                builder.Logging.SetMinimumLevel(LogLevel.Trace);
                builder.Logging.AddProvider(new FakeLoggerProvider(Logs));
                builder.Services.AddSingleton<TimeProvider>(Sandbox.Clock);
            },
            environment: new Hashtable());
        try
        {
            await App.StartAsync();
        }
        catch
        {
            // A host that failed to start cannot be stopped; dispose it so the start failure is what the test reports.
            _appStopped = true;
            await App.DisposeAsync();
            throw;
        }

        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address) };
        Http.DefaultRequestHeaders.Add("X-Test", "webhook");
    }
}
