using Broker.Dhan.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Broker.Dhan.Tests.DependencyInjection;

public sealed class ConfigurationBindingTests
{
    private static IConfiguration Section(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>("Dhan:" + v.Key, v.Value))).Build().GetSection("Dhan");

    [Fact]
    public void Every_kind_of_option_is_read_from_configuration()
    {
        var services = new ServiceCollection();
        services.AddDhanClient("cfg", Section(
            ("ClientId", "1000000001"),
            ("Pin", Secrets.Pin),
            ("TotpSecret", Secrets.TotpSecret),
            ("AuthenticationMode", "PinTotp"),
            ("Environment:Name", "Local"),
            ("Environment:ApiBaseAddress", "http://127.0.0.1:5080/v2"),
            ("Environment:AuthBaseAddress", "http://127.0.0.1:5080/"),
            ("RequestTimeout", "00:00:12"),
            ("RateLimits:Order", "9/s, 250/min"),
            ("RateLimits:OptionChainUniqueRequestInterval", "00:00:04"),
            ("Retry:MaxRetryAttempts", "1"),
            ("MaxOrderQuantity", "5000"),
            ("IdempotentPlacementSettleWindow", "00:00:05")));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<DhanClientOptions>>().Get("cfg");

        Assert.Equal("1000000001", options.ClientId);
        Assert.Equal(Secrets.Pin, options.Pin);
        Assert.Equal(DhanAuthenticationMode.PinTotp, options.AuthenticationMode);
        Assert.Equal("Local", options.Environment.Name);
        Assert.Equal(new Uri("http://127.0.0.1:5080/v2/"), options.Environment.ApiBaseAddress);
        Assert.Equal(TimeSpan.FromSeconds(12), options.RequestTimeout);
        Assert.Equal("9/s, 250/min", options.RateLimits.Order);
        Assert.Equal(TimeSpan.FromSeconds(4), options.RateLimits.OptionChainUniqueRequestInterval);
        Assert.Equal(1, options.Retry.MaxRetryAttempts);
        Assert.Equal(5000, options.MaxOrderQuantity);
        Assert.Equal(TimeSpan.FromSeconds(5), options.IdempotentPlacementSettleWindow);
        Assert.Equal("https://api.dhan.co/v2/", DhanEnvironment.Production.ApiBaseAddress.AbsoluteUri);
    }

    [Fact]
    public void A_misspelt_key_fails_at_start_naming_it()
    {
        var services = new ServiceCollection();
        services.AddDhanClient("cfg", Section(("ClientId", "1000000001"), ("AccessToken", "token"), ("RateLimit:Order", "5/s")));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<DhanClientOptions>>().Get("cfg"));

        Assert.Contains("Dhan account 'cfg'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("RateLimit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_form_fails_validation_naming_the_option()
    {
        var services = new ServiceCollection();
        services.AddDhanClient("cfg", Section(("ClientId", "1000000001"), ("AccessToken", "token"), ("RateLimits:Order", "abc")));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<DhanClientOptions>>().Get("cfg"));

        Assert.Contains(ex.Failures, f => f.StartsWith("Dhan account 'cfg': RateLimits.Order is not valid", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_mode_fails_at_start_without_echoing_a_secret()
    {
        var services = new ServiceCollection();
        services.AddDhanClient("cfg", Section(("ClientId", "1000000001"), ("Pin", Secrets.Pin), ("AuthenticationMode", "password")));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<DhanClientOptions>>().Get("cfg"));

        Assert.Contains("AuthenticationMode", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secrets.Pin, ex.Message, StringComparison.Ordinal);
    }
}
