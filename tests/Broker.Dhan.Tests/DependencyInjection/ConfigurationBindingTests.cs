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
    public void Credentials_mode_and_environment_are_read_from_configuration()
    {
        var services = new ServiceCollection();
        services.AddDhanClient("cfg", Section(("ClientId", "1000000001"), ("Pin", Secrets.Pin), ("TotpSecret", Secrets.TotpSecret), ("AuthenticationMode", "pintotp"), ("Environment", "Sandbox"), ("RequestTimeout", "00:00:12")));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<DhanClientOptions>>().Get("cfg");

        Assert.Equal("1000000001", options.ClientId);
        Assert.Equal(Secrets.Pin, options.Pin);
        Assert.Equal(Secrets.TotpSecret, options.TotpSecret);
        Assert.Equal(DhanAuthenticationMode.PinTotp, options.AuthenticationMode);
        Assert.Same(DhanEnvironment.Sandbox, options.Environment);
        Assert.Equal(TimeSpan.FromSeconds(12), options.RequestTimeout);
    }

    [Fact]
    public void An_unknown_mode_is_a_format_error_naming_the_key()
    {
        var options = new DhanClientOptions();

        var ex = Assert.Throws<FormatException>(() => DhanConfigurationBinder.Bind(options, Section(("AuthenticationMode", "password"))));

        Assert.Contains("Dhan:AuthenticationMode", ex.Message, StringComparison.Ordinal);
    }
}
