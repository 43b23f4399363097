using System.Net;
using Broker.Authentication;
using Broker.Groww.Tests.Infrastructure;
using Broker.RateLimiting;
using Broker.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;

namespace Broker.Groww.Tests.DependencyInjection;

public sealed class RegistrationTests
{
    [Fact]
    public async Task Named_accounts_have_their_own_tokens_limiters_and_clients()
    {
        using var http = new MockHttpMessageHandler();
        http.When(HttpMethod.Get, GrowwFixture.Host + "/v1/holdings/user").Respond("application/json", """{"status":"SUCCESS","payload":{"holdings":[]}}""");
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(FakeClock.Create());
        services.AddGrowwClient("alpha", o => o.Credentials.AccessToken = "token-alpha-123456").HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => http);
        services.AddGrowwClient("beta", o => o.Credentials.AccessToken = "token-beta-654321").HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => http);
        using var provider = services.BuildServiceProvider();

        var alpha = provider.GetRequiredService<IGrowwClientFactory>().GetClient("alpha");
        var beta = provider.GetRequiredKeyedService<IGrowwClient>("beta");
        await alpha.Portfolio.GetHoldingsAsync();
        await beta.Portfolio.GetHoldingsAsync();

        Assert.NotSame(alpha, beta);
        Assert.Same(alpha, provider.GetRequiredKeyedService<IGrowwClient>(GrowwServiceKeys.For("alpha")));
        Assert.Equal("token-alpha-123456", provider.GetRequiredKeyedService<TokenManager>(GrowwServiceKeys.For("alpha")).CurrentToken!.Value);
        Assert.Equal("token-beta-654321", provider.GetRequiredKeyedService<TokenManager>(GrowwServiceKeys.For("beta")).CurrentToken!.Value);
        Assert.NotSame(provider.GetRequiredKeyedService<BrokerRateLimiter>(GrowwServiceKeys.For("alpha")), provider.GetRequiredKeyedService<BrokerRateLimiter>(GrowwServiceKeys.For("beta")));
        Assert.Null(provider.GetService<IGrowwClient>());
        Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IGrowwClientFactory>().GetClient("gamma"));
    }

    [Fact]
    public void The_default_limits_are_groww_documented_categories()
    {
        using var groww = GrowwFixture.Create();

        var limiter = groww.Services.GetRequiredKeyedService<BrokerRateLimiter>(GrowwServiceKeys.For());

        string Windows(string category) => string.Join(", ", limiter.Options.Categories[category].Select(w => $"{w.PermitLimit}/{w.Window}"));
        Assert.Equal("10/00:00:01, 250/00:01:00", Windows("Orders"));
        Assert.Equal("10/00:00:01, 300/00:01:00", Windows("LiveData"));
        Assert.Equal("20/00:00:01, 500/00:01:00", Windows("NonTrading"));
        Assert.Equal("1/00:00:01", Windows("Historical"));
        Assert.Equal("5/00:00:01, 30/00:01:00, 150/1.00:00:00", Windows("Authentication"));
    }

    [Fact]
    public async Task Configuration_binds_credentials_limits_and_options()
    {
        using var http = new MockHttpMessageHandler();
        http.Expect(HttpMethod.Get, "http://127.0.0.1:5099/v1/user/detail").WithHeaders("Authorization", "Bearer cfg-token-ABCDEF").WithHeaders("X-API-VERSION", "1.0")
            .Respond("application/json", """{"status":"SUCCESS","payload":{"ucc":"U1"}}""");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Groww:BaseAddress"] = "http://127.0.0.1:5099",
            ["Groww:Credentials:AccessToken"] = "cfg-token-ABCDEF",
            ["Groww:RateLimits:Orders"] = "10/s, 250/min",
            ["Groww:RequestTimeout"] = "00:00:05",
        }).Build();
        var services = new ServiceCollection();
        services.AddGrowwClient(configuration.GetSection("Groww")).HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => http);
        using var provider = services.BuildServiceProvider();

        var profile = await provider.GetRequiredService<IGrowwClient>().User.GetProfileAsync();

        Assert.Equal("U1", profile.Ucc);
        var options = provider.GetRequiredService<IOptionsMonitor<GrowwClientOptions>>().Get("default");
        Assert.Equal("10/s, 250/min", options.RateLimits.Orders);
        Assert.Equal(TimeSpan.FromSeconds(5), options.RequestTimeout);
        http.VerifyNoOutstandingExpectation();
    }

    public static TheoryData<string, Action<GrowwClientOptions>> InvalidOptions => new()
    {
        { "Credentials are missing", o => o.Credentials.AccessToken = null },
        { "BaseAddress must use HTTPS", o => o.BaseAddress = new Uri("http://api.groww.in") },
        { "RateLimits.Orders has a limit of 0", o => o.RateLimits.Orders = "0/s" },
        { "RateLimits.LiveData is not valid", o => o.RateLimits.LiveData = "ten per second" },
        { "set Credentials.Mode", o => o.Credentials.ApiKey = "k" },
        { "Credentials.ApiSecret is required", o => { o.Credentials.AccessToken = null; o.Credentials.ApiKey = "k"; } },
        { "Credentials.TotpSecret is not valid Base32", o => { o.Credentials.Mode = Broker.Groww.Authentication.GrowwAuthenticationMode.Totp; o.Credentials.TotpToken = "t"; o.Credentials.TotpSecret = "0189-not-base32"; } },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Invalid_options_fail_with_a_message_that_says_what_to_fix(string expected, Action<GrowwClientOptions> breakIt)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => GrowwClient.Create(new GrowwClientOptions().With(o => { o.Credentials.AccessToken = "tok-123456789"; breakIt(o); })));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-123456789", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_builds_a_working_client_without_a_host_and_runs_user_handlers()
    {
        using var http = new MockHttpMessageHandler();
        http.Expect(HttpMethod.Get, GrowwFixture.Host + "/v1/user/detail").WithHeaders("x-custom", "yes").Respond("application/json", """{"status":"SUCCESS","payload":{"ucc":"U9"}}""");
        var options = new GrowwClientOptions { Credentials = { AccessToken = "script-token-123456" } };

        using var client = GrowwClient.Create(options, configure: b => b.HttpClientBuilder
            .AddHttpMessageHandler(() => new HeaderHandler())
            .ConfigurePrimaryHttpMessageHandler(() => http));
        var profile = await client.User.GetProfileAsync();

        Assert.Equal("U9", profile.Ucc);
        http.VerifyNoOutstandingExpectation();
    }

    private sealed class HeaderHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("x-custom", "yes");
            return base.SendAsync(request, cancellationToken);
        }
    }
}

internal static class OptionsExtensions
{
    public static GrowwClientOptions With(this GrowwClientOptions options, Action<GrowwClientOptions> change)
    {
        change(options);
        return options;
    }
}
