using Broker.Dhan.StaticIp;
using Broker.Dhan.Tests.TestSupport;
using Broker.Errors;

namespace Broker.Dhan.Tests.StaticIp;

public sealed class StaticIpClientTests : IDisposable
{
    private readonly DhanTestHost _host = new();

    [Fact]
    public async Task Set_posts_ip_and_flag()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "ip/setIP", """{"message":"IP saved successfully","status":"SUCCESS"}""");

        var result = await _host.Client.StaticIp.SetAsync("10.200.10.10", DhanIpFlag.Primary);

        _host.AssertAuthenticatedHeaders(_host.Single);
        _host.Single.AssertJson("""{"dhanClientId":"1000000001","ip":"10.200.10.10","ipFlag":"PRIMARY"}""");
        Assert.Equal(("SUCCESS", "IP saved successfully"), (result.Status, result.Message));
    }

    [Fact]
    public async Task Modify_puts_ip_and_flag()
    {
        _host.Respond(HttpMethod.Put, DhanTestHost.Api + "ip/modifyIP", """{"message":"IP saved successfully","status":"SUCCESS"}""");

        await _host.Client.StaticIp.ModifyAsync("2001:db8::1", DhanIpFlag.Secondary);

        Assert.Equal(HttpMethod.Put, _host.Single.Method);
        _host.Single.AssertJson("""{"dhanClientId":"1000000001","ip":"2001:db8::1","ipFlag":"SECONDARY"}""");
    }

    [Fact]
    public async Task Set_with_an_invalid_address_is_refused()
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _host.Client.StaticIp.SetAsync("10.200.10", DhanIpFlag.Primary));
        Assert.Equal("Ip", ex.ParameterName);
    }

    [Fact]
    public async Task Get_parses_documented_and_observed_fields()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "ip/getIP", """
            {"modifyDateSecondary":"2025-09-30","secondaryIP":"10.42.43.12","modifyDatePrimary":"2025-09-28","primaryIP":"10.42.29.14",
             "detectedIP":"10.42.29.14","ipMatchStatus":"MATCH","ordersAllowed":true}
            """);

        var settings = await _host.Client.StaticIp.GetAsync();

        Assert.Equal("10.42.29.14", settings.PrimaryIp);
        Assert.Equal("10.42.43.12", settings.SecondaryIp);
        Assert.Equal(new DateOnly(2025, 9, 28), settings.ModifyDatePrimary);
        Assert.Equal(new DateOnly(2025, 9, 30), settings.ModifyDateSecondary);
        Assert.Equal("10.42.29.14", settings.DetectedIp);
        Assert.Equal("MATCH", settings.IpMatchStatus);
        Assert.True(settings.OrdersAllowed);
    }

    [Fact]
    public async Task Get_raises_the_error_sent_as_200_with_an_array()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "ip/getIP", """[{"message":"No IP configured for this client","status":"ERROR"}]""");

        var ex = await Assert.ThrowsAsync<BrokerApiException>(() => _host.Client.StaticIp.GetAsync());

        Assert.Equal(200, ex.StatusCode);
        Assert.Equal("No IP configured for this client", ex.BrokerMessage);
    }

    public void Dispose() => _host.Dispose();
}
