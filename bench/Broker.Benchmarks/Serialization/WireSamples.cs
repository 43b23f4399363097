using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Broker.Sandbox;
using Broker.Time;

namespace Broker.Benchmarks.Serialization;

/// <summary>
/// Real wire JSON for the largest answers, produced by the sandbox's own endpoints: a Groww order list of 500 orders
/// (five pages of 100 merged, as Groww pages at 100), Groww and Dhan holdings of 500 instruments, and Dhan's
/// intraday chart of 90 days of 1-minute bars.
/// </summary>
internal sealed class WireSamples
{
    public const int Orders = 500;
    public const int Holdings = 500;

    public required byte[] GrowwOrderList { get; init; }

    public required byte[] GrowwHoldings { get; init; }

    public required byte[] DhanHoldings { get; init; }

    public required byte[] DhanCandles90Days { get; init; }

    public static async Task<WireSamples> FetchAsync()
    {
        var options = new SandboxOptions { EnforceRateLimits = false };
        var extra = Enumerable.Range(1, Holdings).Select(i => new SandboxInstrument
        {
            TradingSymbol = "BENCH" + i.ToString("D4", CultureInfo.InvariantCulture),
            Name = "BENCHMARK COMPANY " + i.ToString(CultureInfo.InvariantCulture) + " LTD",
            DhanSecurityId = (500_000 + i).ToString(CultureInfo.InvariantCulture),
            Isin = "INE" + i.ToString("D6", CultureInfo.InvariantCulture) + "01",
            Price = 100m + i,
            PreviousClose = 99m + i,
        }).ToList();
        foreach (var instrument in extra)
        {
            options.Instruments.Add(instrument);
        }

        var growwAccount = options.Groww.Accounts[0];
        growwAccount.OpeningBalance = 1_000_000_000m;
        growwAccount.Holdings = [.. extra.Select((x, i) => new SandboxHoldingSeed { TradingSymbol = x.TradingSymbol, Quantity = 10 + i, AveragePrice = x.Price - 1.25m })];
        var dhanAccount = options.Dhan.Accounts[0];
        dhanAccount.Holdings = [.. extra.Select((x, i) => new SandboxHoldingSeed { TradingSymbol = x.TradingSymbol, Quantity = 10 + i, AveragePrice = x.Price - 1.25m })];

        await using var sandbox = await BrokerSandbox.StartAsync(options).ConfigureAwait(false);
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
        var growwToken = sandbox.Groww.DefaultAccount.ActiveAccessToken!;
        var dhanToken = sandbox.Dhan.DefaultAccount.ActiveAccessToken!;

        for (var i = 0; i < Orders; i++)
        {
            var body = $$"""{"trading_symbol":"{{extra[i % extra.Count].TradingSymbol}}","quantity":{{1 + (i % 7)}},"price":{{100 + (i % extra.Count)}}.05,"validity":"DAY","exchange":"NSE","segment":"CASH","product":"{{(i % 2 == 0 ? "CNC" : "MIS")}}","order_type":"{{(i % 3 == 0 ? "MARKET" : "LIMIT")}}","transaction_type":"BUY","order_reference_id":"ref{{i.ToString("D8", CultureInfo.InvariantCulture)}}"}""";
            await SendGrowwAsync(http, growwToken, HttpMethod.Post, "v1/order/create", body).ConfigureAwait(false);
        }

        var merged = new JsonArray();
        for (var page = 0; page < Orders / 100; page++)
        {
            var json = await SendGrowwAsync(http, growwToken, HttpMethod.Get, $"v1/order/list?segment=CASH&page={page}&page_size=100", null).ConfigureAwait(false);
            var list = JsonNode.Parse(json)!["payload"]!["order_list"]!.AsArray();
            foreach (var order in list.ToList())
            {
                merged.Add(order!.DeepClone());
            }
        }

        if (merged.Count != Orders)
        {
            throw new InvalidOperationException($"The sandbox listed {merged.Count} orders, not {Orders}.");
        }

        var orderList = new JsonObject { ["status"] = "SUCCESS", ["payload"] = new JsonObject { ["order_list"] = merged } };
        var growwHoldings = await SendGrowwAsync(http, growwToken, HttpMethod.Get, "v1/holdings/user", null).ConfigureAwait(false);
        var dhanHoldings = await SendDhanAsync(http, dhanToken, options.Dhan.Accounts[0].ClientId, HttpMethod.Get, "v2/holdings", null).ConfigureAwait(false);
        var istToday = IndianTime.Now(TimeProvider.System).Date;
        var candleBody = $$"""{"securityId":"2885","exchangeSegment":"NSE_EQ","instrument":"EQUITY","interval":"1","fromDate":"{{istToday.AddDays(-90):yyyy-MM-dd}}","toDate":"{{istToday:yyyy-MM-dd}}"}""";
        var candles = await SendDhanAsync(http, dhanToken, options.Dhan.Accounts[0].ClientId, HttpMethod.Post, "v2/charts/intraday", candleBody).ConfigureAwait(false);
        return new WireSamples
        {
            GrowwOrderList = Encoding.UTF8.GetBytes(orderList.ToJsonString()),
            GrowwHoldings = growwHoldings,
            DhanHoldings = dhanHoldings,
            DhanCandles90Days = candles,
        };
    }

    private static async Task<byte[]> SendGrowwAsync(HttpClient http, string token, HttpMethod method, string path, string? body)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("X-API-VERSION", "1.0");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await ReadAsync(http, request).ConfigureAwait(false);
    }

    private static async Task<byte[]> SendDhanAsync(HttpClient http, string token, string clientId, HttpMethod method, string path, string? body)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("access-token", token);
        request.Headers.Add("client-id", clientId);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await ReadAsync(http, request).ConfigureAwait(false);
    }

    private static async Task<byte[]> ReadAsync(HttpClient http, HttpRequestMessage request)
    {
        using var response = await http.SendAsync(request).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(bytes)}");
        }

        return bytes;
    }
}
