using Broker.DependencyInjection;
using Broker.Dhan;
using Broker.Errors;
using Broker.Groww;
using Broker.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Broker.IntegrationTests.Hostile;

/// <summary>
/// Values that would change what goes on the wire are refused before anything is sent: ids that would change the
/// path, option values that would inject headers or break timers and windows, and a second registration of the same
/// account.
/// </summary>
public sealed class HostileInputTests
{
    public static TheoryData<string, string> BrokersAndBadIds()
    {
        var data = new TheoryData<string, string>();
        foreach (var broker in new[] { "Groww", "Dhan" })
        {
            foreach (var id in new[] { "", " ", ".", "..", "a/b", "../orders", "a\\b", "a?b=1", "a#b", "a\u0000b", "a\r\nX-Evil: 1" })
            {
                data.Add(broker, id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BrokersAndBadIds))]
    public async Task An_id_that_would_change_the_path_is_refused_before_sending(string broker, string id)
    {
        await using var target = HostileTarget.Create(broker, (_, c) => c.WriteAsync(RawHttpServer.Response(200, "{}"))).Start();

        var cancel = await Assert.ThrowsAsync<BrokerValidationException>(() => target.CancelOrderAsync(id));
        var read = await Assert.ThrowsAsync<BrokerValidationException>(() => target.GetOrderAsync(id));

        Assert.Equal(broker, cancel.Broker);
        Assert.Contains("OrderId", cancel.ParameterName, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith($"{broker}:", cancel.Message, StringComparison.Ordinal);
        Assert.Equal(broker, read.Broker);
        Assert.DoesNotContain(target.Server.Requests, r => r.Path != "/v1/token/api/access");
    }

    public static TheoryData<string, string> BrokersAndHeaderOptions() => new()
    {
        { "Groww", "ClientId" },
        { "Groww", "ApiVersion" },
        { "Groww", "ClientPlatform" },
        { "Groww", "Credentials.AccessToken" },
        { "Dhan", "ClientId" },
        { "Dhan", "AccessToken" },
    };

    [Theory]
    [MemberData(nameof(BrokersAndHeaderOptions))]
    public void A_line_break_in_an_option_sent_as_a_header_fails_validation_naming_it(string broker, string option)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(broker, o => SetHeaderOption(o, option, "abc\r\nX-Injected: yes")));

        Assert.Contains(error.Failures, f => f.Contains($"{option} contains a line break", StringComparison.Ordinal));
        Assert.DoesNotContain("X-Injected", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BrokersAndBadSettings()
    {
        var data = new TheoryData<string, string>();
        foreach (var broker in new[] { "Groww", "Dhan" })
        {
            foreach (var setting in new[] { "RequestTimeout", "Retry.MaxDelay", "MaxRateLimitWait", "ServerThrottlePause", "RateLimitSafetyMargin", "MaxServerPause", "MaxResponseBytes", "OrderWindowOverflow", "OrderWindowsEmpty" })
            {
                data.Add(broker, setting);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BrokersAndBadSettings))]
    public void A_setting_the_sdk_cannot_honour_fails_at_start_naming_the_option(string broker, string setting)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(broker, o => Break(o, setting)));

        var expected = setting switch
        {
            "OrderWindowOverflow" or "OrderWindowsEmpty" => broker == "Groww" ? "RateLimits.Orders" : "RateLimits.Order",
            _ => setting,
        };
        Assert.Contains(error.Failures, f => f.Contains(expected, StringComparison.Ordinal));
        Assert.All(error.Failures, f => Assert.StartsWith($"{broker} account 'default': ", f, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(HostileTarget.Brokers), MemberType = typeof(HostileTarget))]
    public void An_empty_order_limit_is_allowed_only_with_client_side_limiting_switched_off(string broker)
    {
        var client = Resolve(broker, o =>
        {
            Break(o, "OrderWindowsEmpty");
            o.EnableRateLimiting = false;
        });

        Assert.NotNull(client);
    }

    [Fact]
    public void Registering_the_same_account_twice_is_refused_at_registration()
    {
        var services = new ServiceCollection();
        services.AddGrowwClient(o => o.Credentials.AccessToken = "token");
        services.AddDhanClient(o => { o.ClientId = "1000000001"; o.AccessToken = "token"; });

        var groww = Assert.Throws<InvalidOperationException>(() => services.AddGrowwClient(o => o.Credentials.AccessToken = "token"));
        var dhan = Assert.Throws<InvalidOperationException>(() => services.AddDhanClient(o => { o.ClientId = "1000000001"; o.AccessToken = "token"; }));

        Assert.Contains("Groww account 'default' is already registered", groww.Message, StringComparison.Ordinal);
        Assert.Contains("Dhan account 'default' is already registered", dhan.Message, StringComparison.Ordinal);
        services.AddGrowwClient("second", o => o.Credentials.AccessToken = "token");
    }

    [Fact]
    public async Task A_dhan_base_address_without_a_trailing_slash_keeps_its_version_segment()
    {
        await using var server = new RawHttpServer((_, c) => c.WriteAsync(RawHttpServer.Response(200, """{"dhanClientId":"1000000001","availabelBalance":1}""")));
        var services = new ServiceCollection();
        services.AddDhanClient(o =>
        {
            o.Environment = new DhanEnvironment("NoSlash", new Uri(server.BaseAddress, "v2"), server.BaseAddress);
            o.ClientId = "1000000001";
            o.AccessToken = "token";
        });
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IDhanClient>().Funds.GetFundLimitAsync();

        Assert.Equal("/v2/fundlimit", Assert.Single(server.Requests).Path);
    }

    [Theory]
    [InlineData(1_000_001L, null, "Quantity")]
    [InlineData(1L, "100.123", "Price")]
    [InlineData(1L, "79228162514264337593543950335", "Price")]
    [InlineData(1L, "-5", "Price")]
    public async Task A_groww_order_with_an_impossible_quantity_or_price_is_refused_before_sending(long quantity, string? price, string field)
    {
        await using var server = new RawHttpServer((_, c) => c.WriteAsync(RawHttpServer.Response(200, "{}")));
        var services = new ServiceCollection();
        services.AddGrowwClient(o =>
        {
            o.BaseAddress = server.BaseAddress;
            o.Credentials.AccessToken = "token";
        });
        await using var provider = services.BuildServiceProvider();

        var error = await Assert.ThrowsAsync<BrokerValidationException>(() => provider.GetRequiredService<IGrowwClient>().Orders.PlaceOrderAsync(new Broker.Groww.Orders.GrowwPlaceOrderRequest
        {
            TradingSymbol = "RELIANCE",
            Quantity = quantity,
            Price = price is null ? 1200m : decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture),
            Exchange = GrowwExchange.Nse,
            Segment = GrowwSegment.Cash,
            Product = GrowwProduct.Cnc,
            OrderType = GrowwOrderType.Limit,
            TransactionType = GrowwTransactionType.Buy,
            Validity = GrowwValidity.Day,
        }));

        Assert.Equal(field, error.ParameterName);
        Assert.Equal("Groww", error.Broker);
        Assert.Empty(server.Requests);
    }

    private static object Resolve(string broker, Action<BrokerClientOptions> configure)
    {
        var services = new ServiceCollection();
        if (broker == "Groww")
        {
            services.AddGrowwClient(o =>
            {
                o.Credentials.AccessToken = "token";
                configure(o);
            });
            return services.BuildServiceProvider().GetRequiredService<IGrowwClient>();
        }

        services.AddDhanClient(o =>
        {
            o.ClientId = "1000000001";
            o.AccessToken = "token";
            configure(o);
        });
        return services.BuildServiceProvider().GetRequiredService<IDhanClient>();
    }

    private static void SetHeaderOption(BrokerClientOptions options, string option, string value)
    {
        switch (options, option)
        {
            case (GrowwClientOptions g, "ClientId"): g.ClientId = value; break;
            case (GrowwClientOptions g, "ApiVersion"): g.ApiVersion = value; break;
            case (GrowwClientOptions g, "ClientPlatform"): g.ClientPlatform = value; break;
            case (GrowwClientOptions g, "Credentials.AccessToken"): g.Credentials.AccessToken = value; break;
            case (DhanClientOptions d, "ClientId"): d.ClientId = value; break;
            case (DhanClientOptions d, "AccessToken"): d.AccessToken = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(option));
        }
    }

    private static void Break(BrokerClientOptions options, string setting)
    {
        switch (setting)
        {
            case "RequestTimeout": options.RequestTimeout = TimeSpan.FromDays(60); break;
            case "Retry.MaxDelay": options.Retry.MaxDelay = TimeSpan.FromDays(365); break;
            case "MaxRateLimitWait": options.MaxRateLimitWait = TimeSpan.MaxValue; break;
            case "ServerThrottlePause": options.ServerThrottlePause = TimeSpan.FromSeconds(-1); break;
            case "RateLimitSafetyMargin": options.RateLimitSafetyMargin = TimeSpan.FromMilliseconds(-10); break;
            case "MaxServerPause": options.MaxServerPause = TimeSpan.Zero; break;
            case "MaxResponseBytes": options.MaxResponseBytes = 0; break;
            case "OrderWindowOverflow" when options is GrowwClientOptions g: g.RateLimits.Orders = "10/99999999999d"; break;
            case "OrderWindowOverflow" when options is DhanClientOptions d: d.RateLimits.Order = "10/99999999999d"; break;
            case "OrderWindowsEmpty" when options is GrowwClientOptions g: g.RateLimits.Orders = ""; break;
            case "OrderWindowsEmpty" when options is DhanClientOptions d: d.RateLimits.Order = ""; break;
            default: throw new ArgumentOutOfRangeException(nameof(setting));
        }
    }
}
