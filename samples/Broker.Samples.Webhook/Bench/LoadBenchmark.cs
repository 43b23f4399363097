using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Broker.Trading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Broker.Samples.Webhook.Bench;

/// <summary>
/// The burst benchmark (<c>--bench</c>): the service with its in-process sandbox, live trading against the sandbox's
/// demo account, and <c>--alerts</c> valid alerts (default 500) fired by <c>--callers</c> concurrent callers (default
/// 64). It prints the time each caller waited for its answer (p50, p99, max), what the answers were, and, once the
/// queue has drained, how many alerts were placed, refused and lost (accepted but with no order at the broker) and
/// whether any reference was placed twice.
/// </summary>
internal static class LoadBenchmark
{
    private const string Secret = "bench-secret-0123456789abcdef";

    /// <summary>Whether the command line asks for the benchmark.</summary>
    /// <param name="args">The command line.</param>
    /// <returns><see langword="true"/> for <c>--bench</c>.</returns>
    public static bool IsRequested(string[] args) => args.Contains("--bench", StringComparer.Ordinal);

    /// <summary>Runs the benchmark and prints its figures.</summary>
    /// <param name="args">The command line: <c>--bench [--broker Groww|Dhan] [--alerts 500] [--callers 64]</c>.</param>
    /// <returns>0 when nothing was lost or placed twice, 1 otherwise.</returns>
    public static async Task<int> RunAsync(string[] args)
    {
        var broker = Option(args, "--broker") ?? "Groww";
        var alerts = int.Parse(Option(args, "--alerts") ?? "500", CultureInfo.InvariantCulture);
        var callers = int.Parse(Option(args, "--callers") ?? "64", CultureInfo.InvariantCulture);
        var directory = Path.Combine(Path.GetTempPath(), "webhook-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var settings = new Dictionary<string, string?>
        {
            ["Webhook:Secret"] = Secret,
            ["Webhook:Broker"] = broker,
            ["Webhook:UseSandbox"] = "true",
            ["Webhook:LiveTrading"] = "true",
            ["Webhook:TokenCheck:Enabled"] = "false",
            ["Webhook:OrderLog:Path"] = Path.Combine(directory, "orders.csv"),
            ["Webhook:Instruments:CacheFilePath"] = Path.Combine(directory, "instruments.cache"),
        };
        var app = await WebhookApplication.CreateAsync(
            [],
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                builder.WebHost.UseUrls("http://127.0.0.1:0");
                builder.Logging.ClearProviders();
            },
            environment: new Hashtable()).ConfigureAwait(false);
        await using (app.ConfigureAwait(false))
        {
            await app.StartAsync().ConfigureAwait(false);
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
            http.DefaultRequestHeaders.Add("X-Webhook-Secret", Secret);

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Firing {alerts} alerts from {callers} callers at the webhook ({broker}, in-process Broker.Sandbox) ..."));
            var answers = new ConcurrentBag<Answer>();
            var next = 0;
            var total = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
            {
                int n;
                while ((n = Interlocked.Increment(ref next)) <= alerts)
                {
                    answers.Add(await PostAsync(http, n).ConfigureAwait(false));
                }
            }))).ConfigureAwait(false);
            var answeredIn = total.Elapsed;
            var latencies = answers.Select(a => a.Elapsed.TotalMilliseconds).Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"answered: {answers.Count} in {answeredIn.TotalSeconds:0.0} s; time to answer p50 {Percentile(latencies, 0.50):0} ms, p99 {Percentile(latencies, 0.99):0} ms, max {latencies[^1]:0} ms"));
            Console.WriteLine("answers: " + string.Join(", ", answers.GroupBy(a => $"{(int)a.Status} {a.Outcome}").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} × {g.Count()}"))));

            // Wait for every accepted alert to be handled (GET /alerts/{id}), then count orders at the broker by reference.
            var outcomes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var answer in answers.Where(a => a.Status is HttpStatusCode.OK or HttpStatusCode.Accepted))
            {
                outcomes[answer.Reference] = await FinalOutcomeAsync(http, answer).ConfigureAwait(false);
            }

            var drainedIn = total.Elapsed;
            var trading = app.Services.GetRequiredService<ITradingClient>();
            var orders = await trading.GetOrdersAsync().ConfigureAwait(false);
            var byReference = orders.Where(o => o.ClientReference is not null).GroupBy(o => o.ClientReference!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var accepted = outcomes.Count;
            var placed = answers.Count(a => byReference.ContainsKey(a.Reference));
            var lost = outcomes.Keys.Count(reference => !byReference.ContainsKey(reference) && outcomes[reference] is "placed" or "duplicate" or "queued" or "processing" or "unknown" or "failed");
            var placedTwice = byReference.Values.Count(c => c > 1);
            var refused = answers.Count(a => a.Status is not (HttpStatusCode.OK or HttpStatusCode.Accepted));

            Console.WriteLine("final outcomes of accepted alerts: " + string.Join(", ", outcomes.Values.GroupBy(v => v).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} × {g.Count()}"))));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"queue drained after {drainedIn.TotalSeconds:0.0} s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accepted {accepted}, placed {placed}, refused {refused}, lost {lost}, placed twice {placedTwice}"));
            await app.StopAsync().ConfigureAwait(false);
            return lost == 0 && placedTwice == 0 ? 0 : 1;
        }
    }

    private static async Task<Answer> PostAsync(HttpClient http, int n)
    {
        string[] symbols = ["RELIANCE", "TCS", "INFY", "HDFCBANK"];
        var reference = string.Create(CultureInfo.InvariantCulture, $"bench-{n:D6}");
        var body = string.Create(CultureInfo.InvariantCulture, $$"""{"secret":"{{Secret}}","symbol":"{{symbols[n % symbols.Length]}}","exchange":"NSE","side":"BUY","quantity":1,"order_type":"MARKET","product":"CNC","client_reference":"{{reference}}"}""");
        var watch = Stopwatch.StartNew();
        using var content = new StringContent(body, Encoding.UTF8, "text/plain");
        using var response = await http.PostAsync(new Uri("/webhook", UriKind.Relative), content).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        var elapsed = watch.Elapsed;
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        return new Answer(reference, response.StatusCode, root.GetProperty("status").GetString() ?? "?", root.GetProperty("alert_id").GetString() ?? string.Empty, elapsed);
    }

    private static async Task<string> FinalOutcomeAsync(HttpClient http, Answer answer)
    {
        if (answer.Status == HttpStatusCode.OK)
        {
            return answer.Outcome;
        }

        for (var attempt = 0; attempt < 2400; attempt++)
        {
            using var response = await http.GetAsync(new Uri("/alerts/" + answer.AlertId, UriKind.Relative)).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return "missing";
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
            if (json.RootElement.GetProperty("state").GetString() == "done")
            {
                return json.RootElement.GetProperty("outcome").GetProperty("status").GetString() ?? "?";
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250)).ConfigureAwait(false);
        }

        return "still queued";
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private sealed record Answer(string Reference, HttpStatusCode Status, string Outcome, string AlertId, TimeSpan Elapsed);
}
