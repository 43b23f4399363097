using System.Net;
using Broker.Sandbox.Tests.Support;
using static Broker.Sandbox.Tests.Support.SandboxTestContext;

namespace Broker.Sandbox.Tests.Groww;

/// <summary>
/// Groww's option chain, greeks, expiries and contracts. The fake server clock starts on Monday 2026-11-23, 09:15 IST, so
/// NIFTY lists the weeklies of 26 Nov, 3, 10 and 17 Dec and the monthlies of 26 Nov, 31 Dec and 28 Jan.
/// </summary>
public sealed class GrowwOptionRouteTests
{
    private const string NiftyChain = "option-chain/exchange/NSE/underlying/NIFTY?expiry_date=2026-11-26";
    private const string NiftyGreeks = "live-data/greeks/exchange/NSE/underlying/NIFTY/trading_symbol/NIFTY26NOV25850CE/expiry/2026-11-26";
    private const string NiftyExpiries = "historical/expiries?exchange=NSE&underlying_symbol=NIFTY&year=2026&month=11";
    private const string NiftyContracts = "historical/contracts?exchange=NSE&underlying_symbol=NIFTY&expiry_date=2026-11-26";

    [Theory]
    [InlineData(NiftyChain, SandboxEndpointNames.GrowwOptionChain, GrowwRateCategories.LiveData)]
    [InlineData(NiftyGreeks, SandboxEndpointNames.GrowwGreeks, GrowwRateCategories.LiveData)]
    [InlineData(NiftyExpiries, SandboxEndpointNames.GrowwHistoricalExpiries, GrowwRateCategories.Historical)]
    [InlineData(NiftyContracts, SandboxEndpointNames.GrowwHistoricalContracts, GrowwRateCategories.Historical)]
    public async Task Each_route_answers_a_success_envelope_and_is_recorded_under_its_name_and_rate_category(string path, string endpoint, string category)
    {
        await using var t = await StartAsync();

        using var response = await t.GrowwAsync(HttpMethod.Get, path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("SUCCESS", (await response.ReadAsync()).Str("status"));
        var request = Assert.Single(t.Sandbox.Requests.Snapshot());
        Assert.Equal((endpoint, category, GrowwUcc), (request.Endpoint, request.Category, request.Account));
    }

    [Theory]
    [InlineData(NiftyChain)]
    [InlineData(NiftyGreeks)]
    [InlineData(NiftyExpiries)]
    [InlineData(NiftyContracts)]
    public async Task Each_route_refuses_a_missing_access_token_with_401_GA005(string path)
    {
        await using var t = await StartAsync();

        using var response = await t.GrowwAsync(HttpMethod.Get, path, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("GA005", (await response.ReadAsync()).Str("error.code"));
    }

    [Theory]
    [InlineData(SandboxEndpointNames.GrowwOptionChain, NiftyChain)]
    [InlineData(SandboxEndpointNames.GrowwGreeks, NiftyGreeks)]
    [InlineData(SandboxEndpointNames.GrowwHistoricalExpiries, NiftyExpiries)]
    [InlineData(SandboxEndpointNames.GrowwHistoricalContracts, NiftyContracts)]
    public async Task Each_route_can_be_targeted_by_a_fault(string endpoint, string path)
    {
        await using var t = await StartAsync();
        t.Sandbox.Faults.Inject(endpoint, Fault.Status(503));

        using var response = await t.GrowwAsync(HttpMethod.Get, path);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task The_option_chain_lists_21_strikes_around_the_last_price_with_both_legs()
    {
        await using var t = await StartAsync();

        using var response = await t.GrowwAsync(HttpMethod.Get, NiftyChain);

        var payload = (await response.ReadAsync())["payload"]!;
        Assert.Equal(["underlying_ltp", "strikes"], payload.Keys());
        Assert.Equal(25850.35m, payload.Dec("underlying_ltp"));
        var strikes = payload["strikes"]!;
        Assert.Equal(21, strikes.Keys().Length);
        Assert.Equal(("25350", "26350"), (strikes.Keys()[0], strikes.Keys()[^1]));
        var call = strikes["25850"]!["CE"]!;
        var put = strikes["25850"]!["PE"]!;
        Assert.Equal(["greeks", "trading_symbol", "ltp", "open_interest", "volume"], call.Keys());
        Assert.Equal(["delta", "gamma", "theta", "vega", "rho", "iv"], call["greeks"]!.Keys());
        Assert.Equal(("NIFTY26NOV25850CE", "NIFTY26NOV25850PE"), (call.Str("trading_symbol"), put.Str("trading_symbol")));
        Assert.InRange(call.Dec("greeks.delta"), 0.4m, 0.65m);
        Assert.InRange(put.Dec("greeks.delta"), -0.6m, -0.35m);
        Assert.InRange(call.Dec("greeks.iv"), 14m, 15m);
        Assert.True(call.Dec("greeks.rho") > 0 && put.Dec("greeks.rho") < 0);
        Assert.True(call.Dec("ltp") > 0 && call.Dec("ltp") % 0.05m == 0);
        Assert.Equal(0, call.Long("open_interest") % 75);
    }

    [Fact]
    public async Task The_option_chain_is_deterministic_and_follows_the_market()
    {
        await using var t = await StartAsync();
        using var first = await t.GrowwAsync(HttpMethod.Get, NiftyChain);
        using var again = await t.GrowwAsync(HttpMethod.Get, NiftyChain);
        t.Sandbox.Market.SetPrice("NIFTY", 26010m);

        using var moved = await t.GrowwAsync(HttpMethod.Get, NiftyChain);

        Assert.Equal(await first.TextAsync(), await again.TextAsync());
        var strikes = (await moved.ReadAsync())["payload"]!["strikes"]!;
        Assert.Equal(("25500", "26500"), (strikes.Keys()[0], strikes.Keys()[^1]));
    }

    [Fact]
    public async Task A_weekly_expiry_names_its_contracts_with_the_month_code_and_day()
    {
        await using var t = await StartAsync();

        using var response = await t.GrowwAsync(HttpMethod.Get, "option-chain/exchange/NSE/underlying/NIFTY?expiry_date=2026-12-03");

        Assert.Equal("NIFTY26D0325850CE", (await response.ReadAsync()).Str("payload.strikes.25850.CE.trading_symbol"));
    }

    [Fact]
    public async Task Greeks_of_a_contract_are_those_of_its_option_chain_leg()
    {
        await using var t = await StartAsync();
        using var chain = await t.GrowwAsync(HttpMethod.Get, NiftyChain);

        using var greeks = await t.GrowwAsync(HttpMethod.Get, NiftyGreeks);

        var payload = (await greeks.ReadAsync())["payload"]!;
        Assert.Equal(["greeks"], payload.Keys());
        Assert.Equal(
            (await chain.ReadAsync())["payload"]!["strikes"]!["25850"]!["CE"]!["greeks"]!.ToJsonString(),
            payload["greeks"]!.ToJsonString());
    }

    [Fact]
    public async Task Greeks_price_a_stock_option_on_its_own_strike_grid()
    {
        await using var t = await StartAsync();

        using var response = await t.GrowwAsync(HttpMethod.Get, "live-data/greeks/exchange/NSE/underlying/RELIANCE/trading_symbol/RELIANCE26NOV1420PE/expiry/2026-11-26");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange((await response.ReadAsync()).Dec("payload.greeks.delta"), -0.6m, -0.3m);
    }

    [Theory]
    [InlineData("option-chain/exchange/NSE/underlying/NIFTY")]
    [InlineData("option-chain/exchange/NSE/underlying/NIFTY?expiry_date=26-11-2026")]
    [InlineData("option-chain/exchange/NSE/underlying/NIFTY?expiry_date=2026-11-27")]
    [InlineData("option-chain/exchange/MCX/underlying/NIFTY?expiry_date=2026-11-26")]
    [InlineData("option-chain/exchange/NSE/underlying/UNKNOWN?expiry_date=2026-11-26")]
    [InlineData("option-chain/exchange/NSE/underlying/RELIANCE?expiry_date=2026-12-03")]
    [InlineData("live-data/greeks/exchange/NSE/underlying/NIFTY/trading_symbol/NIFTY26NOV25855CE/expiry/2026-11-26")]
    [InlineData("live-data/greeks/exchange/NSE/underlying/NIFTY/trading_symbol/NIFTY26NOV25850XE/expiry/2026-11-26")]
    [InlineData("live-data/greeks/exchange/NSE/underlying/NIFTY/trading_symbol/NIFTY26D0325850CE/expiry/2026-11-26")]
    [InlineData("live-data/greeks/exchange/NSE/underlying/NIFTY/trading_symbol/NIFTY26NOV25850CE/expiry/2026-11-25")]
    [InlineData("live-data/greeks/exchange/NSE/underlying/TCS/trading_symbol/NIFTY26NOV25850CE/expiry/2026-11-26")]
    [InlineData("historical/expiries?underlying_symbol=NIFTY")]
    [InlineData("historical/expiries?exchange=NSE")]
    [InlineData("historical/expiries?exchange=NSE&underlying_symbol=NIFTY&year=2019")]
    [InlineData("historical/expiries?exchange=NSE&underlying_symbol=NIFTY&year=2027")]
    [InlineData("historical/expiries?exchange=NSE&underlying_symbol=NIFTY&year=twenty")]
    [InlineData("historical/expiries?exchange=NSE&underlying_symbol=NIFTY&month=13")]
    [InlineData("historical/expiries?exchange=NSE&underlying_symbol=UNKNOWN")]
    [InlineData("historical/contracts?exchange=NSE&underlying_symbol=NIFTY")]
    [InlineData("historical/contracts?exchange=NSE&underlying_symbol=NIFTY&expiry_date=2026/11/26")]
    [InlineData("historical/contracts?exchange=NSE&underlying_symbol=ABCDEFGHIJKLMNOPQRSTU&expiry_date=2026-11-26")]
    public async Task Bad_input_is_answered_400_GA001_in_a_failure_envelope(string path)
    {
        await using var t = await StartAsync();

        using var response = await t.GrowwAsync(HttpMethod.Get, path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadAsync();
        Assert.Equal(("FAILURE", "GA001"), (body.Str("status"), body.Str("error.code")));
    }

    [Fact]
    public async Task Expiries_of_an_index_are_every_thursday_up_to_today_then_the_listed_ones()
    {
        await using var t = await StartAsync();

        using var november = await t.GrowwAsync(HttpMethod.Get, NiftyExpiries);
        using var december = await t.GrowwAsync(HttpMethod.Get, "historical/expiries?exchange=NSE&underlying_symbol=NIFTY&year=2026&month=12");

        Assert.Equal(["2026-11-05", "2026-11-12", "2026-11-19", "2026-11-26"], Expiries(await november.ReadAsync()));
        Assert.Equal(["2026-12-03", "2026-12-10", "2026-12-17", "2026-12-31"], Expiries(await december.ReadAsync()));
    }

    [Fact]
    public async Task Expiries_of_a_stock_are_monthly_and_the_year_defaults_to_this_one()
    {
        await using var t = await StartAsync();

        using var year2025 = await t.GrowwAsync(HttpMethod.Get, "historical/expiries?exchange=NSE&underlying_symbol=RELIANCE&year=2025");
        using var thisYear = await t.GrowwAsync(HttpMethod.Get, "historical/expiries?exchange=NSE&underlying_symbol=RELIANCE");

        var months = Expiries(await year2025.ReadAsync());
        Assert.Equal(12, months.Length);
        Assert.Equal(("2025-01-30", "2025-12-25"), (months[0], months[^1]));
        Assert.Equal(["2026-11-26", "2026-12-31"], Expiries(await thisYear.ReadAsync())[^2..]);
    }

    [Fact]
    public async Task Contracts_of_a_listed_expiry_are_groww_symbols_around_the_previous_close_and_ignore_the_days_ticks()
    {
        await using var t = await StartAsync();
        using var before = await t.GrowwAsync(HttpMethod.Get, NiftyContracts);
        t.Sandbox.Market.SetPrice("NIFTY", 27000m);

        using var after = await t.GrowwAsync(HttpMethod.Get, NiftyContracts);

        var contracts = Contracts(await before.ReadAsync());
        Assert.Equal(42, contracts.Length);
        Assert.Equal(["NSE-NIFTY-26Nov26-25300-CE", "NSE-NIFTY-26Nov26-25300-PE"], contracts[..2]);
        Assert.Contains("NSE-NIFTY-26Nov26-25800-CE", contracts);
        Assert.Equal(contracts, Contracts(await after.ReadAsync()));
    }

    [Fact]
    public async Task Contracts_of_a_past_expiry_exist_and_a_day_without_an_expiry_has_none()
    {
        await using var t = await StartAsync();

        using var past = await t.GrowwAsync(HttpMethod.Get, "historical/contracts?exchange=NSE&underlying_symbol=RELIANCE&expiry_date=2025-01-30");
        using var noExpiry = await t.GrowwAsync(HttpMethod.Get, "historical/contracts?exchange=NSE&underlying_symbol=RELIANCE&expiry_date=2025-01-23");

        var contracts = Contracts(await past.ReadAsync());
        Assert.Equal(42, contracts.Length);
        Assert.All(contracts, c => Assert.Matches("^NSE-RELIANCE-30Jan25-[0-9]+(\\.[0-9]+)?-(CE|PE)$", c));
        Assert.Empty(Contracts(await noExpiry.ReadAsync()));
    }

    private static string[] Expiries(System.Text.Json.Nodes.JsonNode body) =>
        [.. body["payload"]!["expiries"]!.AsArray().Select(e => e!.GetValue<string>())];

    private static string[] Contracts(System.Text.Json.Nodes.JsonNode body) =>
        [.. body["payload"]!["contracts"]!.AsArray().Select(e => e!.GetValue<string>())];
}
