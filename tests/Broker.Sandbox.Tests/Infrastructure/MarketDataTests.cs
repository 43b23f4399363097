using System.Net;
using System.Text.Json.Nodes;
using Broker.Sandbox.Tests.Support;
using static Broker.Sandbox.Tests.Support.SandboxTestContext;

namespace Broker.Sandbox.Tests.Infrastructure;

public sealed class MarketDataTests
{
    [Fact]
    public async Task Groww_ltp_maps_each_exchange_symbol_to_its_price_and_leaves_out_unknown_ones()
    {
        await using var t = await StartAsync();
        t.Sandbox.Market.SetPrice("RELIANCE", 1430.15m);

        using var response = await t.GrowwAsync(HttpMethod.Get, "live-data/ltp?segment=CASH&exchange_symbols=NSE_RELIANCE,NSE_NIFTY,NSE_UNKNOWN");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var payload = (await response.ReadAsync())["payload"]!;
        Assert.Equal(["NSE_RELIANCE", "NSE_NIFTY"], payload.Keys());
        Assert.Equal(1430.15m, payload.Dec("NSE_RELIANCE"));
    }

    [Fact]
    public async Task Groww_ltp_accepts_repeated_exchange_symbols_parameters()
    {
        await using var t = await StartAsync();

        using var response = await t.GrowwAsync(HttpMethod.Get, "live-data/ltp?segment=CASH&exchange_symbols=NSE_TCS&exchange_symbols=NSE_INFY");

        Assert.Equal(["NSE_TCS", "NSE_INFY"], (await response.ReadAsync())["payload"]!.Keys());
    }

    [Fact]
    public async Task Groww_ltp_refuses_more_than_50_symbols()
    {
        await using var t = await StartAsync();
        var symbols = string.Join(',', Enumerable.Range(0, 51).Select(i => $"NSE_S{i}"));

        using var response = await t.GrowwAsync(HttpMethod.Get, $"live-data/ltp?segment=CASH&exchange_symbols={symbols}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("GA001", (await response.ReadAsync()).Str("error.code"));
    }

    [Fact]
    public async Task Groww_ohlc_is_an_object_per_symbol_with_the_previous_close()
    {
        await using var t = await StartAsync();
        t.Sandbox.Market.SetPrice("TCS", 3200m);

        using var response = await t.GrowwAsync(HttpMethod.Get, "live-data/ohlc?segment=CASH&exchange_symbols=NSE_TCS");

        var ohlc = (await response.ReadAsync())["payload"]!["NSE_TCS"]!;
        Assert.Equal(["open", "high", "low", "close"], ohlc.Keys());
        Assert.Equal(3150.00m, ohlc.Dec("open"));
        Assert.Equal(3200m, ohlc.Dec("high"));
        Assert.Equal(3162.40m, ohlc.Dec("close"));
    }

    [Fact]
    public async Task Groww_quote_carries_last_price_ohlc_and_five_depth_levels()
    {
        await using var t = await StartAsync();

        using var response = await t.GrowwAsync(HttpMethod.Get, "live-data/quote?exchange=NSE&segment=CASH&trading_symbol=INFY");

        var quote = (await response.ReadAsync())["payload"]!;
        Assert.Equal(1520.40m, quote.Dec("last_price"));
        Assert.Equal(5, quote["depth"]!["buy"]!.AsArray().Count);
        Assert.Equal(1520.35m, quote.Dec("depth.buy.0.price"));
        Assert.Equal(1511.85m, quote.Dec("ohlc.close"));
        Assert.True(quote.Long("last_trade_time") > 1_000_000_000_000);
    }

    [Fact]
    public async Task Dhan_ltp_ohlc_and_quote_wrap_data_by_segment_and_security_id()
    {
        await using var t = await StartAsync();
        var body = new JsonObject { ["NSE_EQ"] = new JsonArray(11536, 999999), ["IDX_I"] = new JsonArray(13) }.ToJsonString();

        using var ltp = await t.DhanAsync(HttpMethod.Post, "marketfeed/ltp", body);
        t.RateClock.Advance(TimeSpan.FromSeconds(1)); // Quote APIs allow 1 request per second.
        using var ohlc = await t.DhanAsync(HttpMethod.Post, "marketfeed/ohlc", body);
        t.RateClock.Advance(TimeSpan.FromSeconds(1));
        using var quote = await t.DhanAsync(HttpMethod.Post, "marketfeed/quote", body);

        var ltpBody = await ltp.ReadAsync();
        Assert.Equal("success", ltpBody.Str("status"));
        Assert.Equal(["11536"], ltpBody["data"]!["NSE_EQ"]!.Keys());
        Assert.Equal(3150.00m, ltpBody.Dec("data.NSE_EQ.11536.last_price"));
        Assert.Equal(25850.35m, ltpBody.Dec("data.IDX_I.13.last_price"));
        Assert.Equal(["open", "close", "high", "low"], (await ohlc.ReadAsync())["data"]!["NSE_EQ"]!["11536"]!["ohlc"]!.Keys());
        var full = (await quote.ReadAsync())["data"]!["NSE_EQ"]!["11536"]!;
        Assert.Equal(5, full["depth"]!["sell"]!.AsArray().Count);
        Assert.Matches(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}$", full.Str("last_trade_time"));
    }

    [Fact]
    public async Task Dhan_quote_with_a_malformed_body_gets_the_814_data_error()
    {
        await using var t = await StartAsync();

        using var response = await t.DhanAsync(HttpMethod.Post, "marketfeed/ltp", """{"NSE_EQ":"11536"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("""{"data":{"814":"Invalid Request"},"status":"failed"}""", await response.TextAsync());
    }

    [Fact]
    public async Task The_price_walk_is_repeatable_for_a_seed_and_differs_for_another()
    {
        await using var a = await StartAsync(o => o.PriceWalkSeed = 7);
        await using var b = await StartAsync(o => o.PriceWalkSeed = 7);
        await using var c = await StartAsync(o => o.PriceWalkSeed = 8);

        a.Sandbox.Market.Step(20);
        b.Sandbox.Market.Step(20);
        c.Sandbox.Market.Step(20);

        var symbols = a.Sandbox.Market.Instruments.Select(i => i.TradingSymbol).ToList();
        Assert.Equal(symbols.Select(a.Sandbox.Market.GetPrice), symbols.Select(b.Sandbox.Market.GetPrice));
        Assert.NotEqual(symbols.Select(a.Sandbox.Market.GetPrice), symbols.Select(c.Sandbox.Market.GetPrice));
        Assert.All(symbols, s => Assert.Equal(0m, a.Sandbox.Market.GetPrice(s) % 0.05m));
    }

    [Fact]
    public async Task Stepping_the_walk_fills_a_resting_order_once_the_price_crosses_it()
    {
        await using var t = await StartAsync(o => o.PriceWalkVolatility = 0.01m);
        var limit = t.Sandbox.Market.GetPrice("TCS") + 0.05m;
        using var placed = await t.GrowwAsync(HttpMethod.Post, "order/create", new
        {
            trading_symbol = "TCS", quantity = 1, price = limit - 0.10m, validity = "DAY", exchange = "NSE", segment = "CASH",
            product = "MIS", order_type = "LIMIT", transaction_type = "BUY", order_reference_id = "WALKER-0001",
        });
        Assert.Equal("OPEN", (await placed.ReadAsync()).Str("payload.order_status"));

        for (var i = 0; i < 1000 && t.Sandbox.Market.GetPrice("TCS") > limit - 0.10m; i++)
        {
            t.Sandbox.Market.Step();
        }

        Assert.Equal(SandboxOrderState.Filled, t.Sandbox.Groww.Account(GrowwUcc).Orders.Single().State);
    }

    [Fact]
    public async Task With_a_walk_interval_prices_move_by_themselves_on_the_configured_clock()
    {
        await using var t = await StartAsync(o => o.PriceWalkInterval = TimeSpan.FromSeconds(1));
        var before = t.Sandbox.Market.GetPrice("TCS");

        t.ServerTime.Advance(TimeSpan.FromSeconds(10));

        Assert.NotEqual(before, t.Sandbox.Market.GetPrice("TCS"));
    }

    [Fact]
    public async Task Without_a_walk_interval_prices_stay_put()
    {
        await using var t = await StartAsync();
        var before = t.Sandbox.Market.GetPrice("TCS");

        t.ServerTime.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(before, t.Sandbox.Market.GetPrice("TCS"));
    }
}
