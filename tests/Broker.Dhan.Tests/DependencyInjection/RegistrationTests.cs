using System.Net;
using Broker.Authentication;
using Broker.DependencyInjection;
using Broker.Dhan.Tests.TestSupport;
using Broker.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Broker.Dhan.Tests.DependencyInjection;

public sealed class RegistrationTests
{
    [Fact]
    public void Default_registration_is_also_resolvable_without_a_key()
    {
        using var host = new DhanTestHost();

        Assert.Same(host.Client, host.Services.GetRequiredService<IDhanClient>());
        Assert.Equal(new BrokerAccountKey("Dhan", "default"), host.Key);
    }

    [Fact]
    public async Task Named_accounts_have_their_own_credentials_and_token_state()
    {
        using var mock = new MockHttpMessageHandler();
        var seen = new List<string?>();
        mock.When(HttpMethod.Get, DhanTestHost.Api + "profile").Respond(req =>
        {
            seen.Add(req.Headers.GetValues("client-id").Single());
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
        });
        var services = new ServiceCollection();
        var time = FakeClock.Create();
        services.AddSingleton<TimeProvider>(time);
        var token = TestJwt.WithExpiry(time.GetUtcNow().AddHours(1));
        services.AddDhanClient("alice", o => { o.ClientId = "1111111111"; o.AccessToken = token; }).HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => mock);
        services.AddDhanClient("bob", o => { o.ClientId = "2222222222"; o.AccessToken = token; }).HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => mock);
        using var provider = services.BuildServiceProvider();
        var alice = provider.GetRequiredKeyedService<IDhanClient>(new BrokerAccountKey("Dhan", "alice"));
        var bob = provider.GetRequiredKeyedService<IDhanClient>(new BrokerAccountKey("Dhan", "bob"));

        await alice.Profile.GetProfileAsync();
        await bob.Profile.GetProfileAsync();

        Assert.Equal(["1111111111", "2222222222"], seen);
        Assert.NotSame(alice.Tokens, bob.Tokens);
        Assert.Null(provider.GetService<IDhanClient>());
    }

    [Fact]
    public void Missing_client_id_fails_validation_naming_it()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(o => o.ClientId = null));
        Assert.Contains(ex.Failures, f => f.Contains("ClientId", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_access_token_without_pin_and_totp_fails_validation()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(o => o.AccessToken = null));
        Assert.Contains(ex.Failures, f => f.Contains("AccessToken", StringComparison.Ordinal));
    }

    [Fact]
    public void Pin_totp_mode_without_pin_fails_validation()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(o => { o.AuthenticationMode = DhanAuthenticationMode.PinTotp; o.TotpSecret = Secrets.TotpSecret; }));
        Assert.Contains(ex.Failures, f => f.StartsWith("Dhan account 'default': Pin is required", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    [InlineData("my-login-password")]
    public void Pin_that_is_not_six_digits_fails_validation_without_echoing_it(string pin)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(o => { o.AuthenticationMode = DhanAuthenticationMode.PinTotp; o.Pin = pin; o.TotpSecret = Secrets.TotpSecret; }));

        Assert.Contains(ex.Failures, f => f.StartsWith("Dhan account 'default': Pin must be the 6-digit numeric Dhan PIN", StringComparison.Ordinal));
        Assert.DoesNotContain(pin, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Totp_secret_that_is_not_base32_fails_validation_without_echoing_it()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(o => { o.Pin = Secrets.Pin; o.TotpSecret = "not-base-32!"; }));
        Assert.Contains(ex.Failures, f => f.Contains("Base32", StringComparison.Ordinal));
        Assert.DoesNotContain("not-base-32!", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_to_a_remote_host_fails_validation()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(o => o.Environment = new DhanEnvironment("x", new Uri("http://api.example.com/v2/"), new Uri("https://auth.dhan.co/"))));
        Assert.Contains(ex.Failures, f => f.Contains("HTTPS", StringComparison.Ordinal));
    }

    [Fact]
    public void Loopback_sandbox_over_http_is_allowed()
    {
        var client = Resolve(o => o.Environment = new DhanEnvironment("local", new Uri("http://127.0.0.1:5050/v2/"), new Uri("http://127.0.0.1:5050/")));
        Assert.NotNull(client);
    }

    [Fact]
    public void Zero_rate_limit_fails_validation()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(o => o.RateLimits.Quote = "0/s"));
        Assert.Contains(ex.Failures, f => f.Contains("RateLimits.Quote", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sandbox_environment_calls_the_sandbox_host()
    {
        using var host = new DhanTestHost(o => o.Environment = DhanEnvironment.Sandbox);
        host.Respond(HttpMethod.Get, "https://sandbox.dhan.co/v2/profile", "{}");

        await host.Client.Profile.GetProfileAsync();

        Assert.Equal("https://sandbox.dhan.co/v2/profile", host.Single.Uri.ToString());
    }

    [Fact]
    public async Task Http_version_is_configurable()
    {
        using var host = new DhanTestHost(o => o.HttpVersion = HttpVersion.Version20);
        host.Respond(HttpMethod.Get, DhanTestHost.Api + "profile", "{}");

        await host.Client.Profile.GetProfileAsync();

        Assert.Equal(HttpVersion.Version20, host.Single.Version);
    }

    [Fact]
    public async Task Order_writes_count_against_the_order_limits()
    {
        using var host = new DhanTestHost(
            o =>
            {
                o.RateLimits.Order = "1/s";
                o.RateLimitSafetyMargin = TimeSpan.Zero;
            },
            rateLimiting: true);
        host.Respond(HttpMethod.Delete, DhanTestHost.Api + "orders/*", """{"orderId":"1","orderStatus":"CANCELLED"}""");
        host.Respond(HttpMethod.Get, DhanTestHost.Api + "orders", "[]");
        var limiter = host.Services.GetRequiredKeyedService<Broker.RateLimiting.BrokerRateLimiter>(host.Key);
        await host.Client.Orders.CancelOrderAsync("1");

        // The second cancellation waits for the order window (a read does not); it is queued by the time the call returns.
        var second = host.Client.Orders.CancelOrderAsync("2");
        Assert.Equal(1, limiter.GetQueueLength(DhanRateLimitCategories.Order));
        await host.Client.Orders.GetOrdersAsync().WaitAsync(TimeSpan.FromSeconds(10));
        host.Time.Advance(TimeSpan.FromSeconds(1) - TimeSpan.FromTicks(1));
        Assert.Equal(1, limiter.GetQueueLength(DhanRateLimitCategories.Order));
        Assert.False(second.IsCompleted);

        host.Time.Advance(TimeSpan.FromTicks(1));
        await second.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Factory_creates_a_working_client_without_a_container()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Get, DhanTestHost.Api + "profile").Respond("application/json", """{"dhanClientId":"1000000001"}""");
        var time = FakeClock.Create();
        await using var client = DhanClient.Create(
            new DhanClientOptions { ClientId = "1000000001", AccessToken = TestJwt.WithExpiry(time.GetUtcNow().AddHours(1)) },
            timeProvider: time,
            configure: b => b.HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => mock));

        var profile = await client.Profile.GetProfileAsync();

        Assert.Equal("1000000001", profile.DhanClientId);
    }

    [Fact]
    public void Factory_validates_options_at_once()
    {
        Assert.Throws<OptionsValidationException>(() => DhanClient.Create(new DhanClientOptions { ClientId = "1" }));
    }

    [Fact]
    public void Token_manager_and_limiter_are_keyed_singletons()
    {
        using var host = new DhanTestHost();

        Assert.Same(host.Client.Tokens, host.Services.GetRequiredKeyedService<TokenManager>(host.Key));
        Assert.Same(
            host.Services.GetRequiredKeyedService<Broker.RateLimiting.BrokerRateLimiter>(host.Key),
            host.Services.GetRequiredKeyedService<Broker.RateLimiting.BrokerRateLimiter>(host.Key));
    }

    private static IDhanClient Resolve(Action<DhanClientOptions> change)
    {
        var services = new ServiceCollection();
        services.AddDhanClient(o =>
        {
            o.ClientId = "1000000001";
            o.AccessToken = "token";
            change(o);
        });
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IDhanClient>();
    }
}
