using System.Net;
using System.Text.Json.Nodes;
using Broker.Sandbox.Tests.Support;
using static Broker.Sandbox.Tests.Support.SandboxTestContext;

namespace Broker.Sandbox.Tests.Dhan;

public sealed class DhanStaticIpTests
{
    private static string Body(string ip, string flag = "PRIMARY") =>
        new JsonObject { ["dhanClientId"] = DhanClientId, ["ip"] = ip, ["ipFlag"] = flag }.ToJsonString();

    [Fact]
    public async Task A_set_primary_ip_is_reported_by_getIP_with_its_date()
    {
        await using var t = await StartAsync();

        using var set = await t.DhanAsync(HttpMethod.Post, "ip/setIP", Body("10.200.10.10"));
        using var get = await t.DhanAsync(HttpMethod.Get, "ip/getIP");

        Assert.Equal("""{"message":"IP saved successfully","status":"SUCCESS"}""", await set.TextAsync());
        var settings = await get.ReadAsync();
        Assert.Equal("10.200.10.10", settings.Str("primaryIP"));
        Assert.Equal(Broker.Time.IndianTime.Today(t.Sandbox.Clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), settings.Str("modifyDatePrimary"));
        Assert.Equal(string.Empty, settings.Str("secondaryIP"));
    }

    [Fact]
    public async Task A_set_ip_may_be_modified_only_after_seven_days_on_the_server_clock()
    {
        await using var t = await StartAsync(o => o.Dhan.TokenLifetime = TimeSpan.FromDays(30));
        using var set = await t.DhanAsync(HttpMethod.Post, "ip/setIP", Body("10.200.10.10", "SECONDARY"));

        using var early = await t.DhanAsync(HttpMethod.Put, "ip/modifyIP", Body("10.200.10.11", "SECONDARY"));
        t.ServerTime.Advance(TimeSpan.FromDays(7));
        using var later = await t.DhanAsync(HttpMethod.Put, "ip/modifyIP", Body("10.200.10.12", "SECONDARY"));
        using var get = await t.DhanAsync(HttpMethod.Get, "ip/getIP");

        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal("DH-905", (await early.ReadAsync()).Str("errorCode"));
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Equal("10.200.10.12", (await get.ReadAsync()).Str("secondaryIP"));
    }

    [Fact]
    public async Task Setting_an_ip_that_is_already_set_or_malformed_is_refused()
    {
        await using var t = await StartAsync();
        using var first = await t.DhanAsync(HttpMethod.Post, "ip/setIP", Body("10.200.10.10"));

        using var again = await t.DhanAsync(HttpMethod.Post, "ip/setIP", Body("10.200.10.11"));
        using var malformed = await t.DhanAsync(HttpMethod.Post, "ip/setIP", Body("10.1", "SECONDARY"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }
}
