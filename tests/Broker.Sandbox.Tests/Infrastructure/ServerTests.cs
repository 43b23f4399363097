using System.Net;
using System.Net.Sockets;
using Broker.Sandbox.Tests.Support;
using Broker.Testing;
using static Broker.Sandbox.Tests.Support.SandboxTestContext;

namespace Broker.Sandbox.Tests.Infrastructure;

public sealed class ServerTests
{
    [Fact]
    public async Task Starts_on_loopback_with_an_os_assigned_port_and_exposes_the_base_uris()
    {
        await using var sandbox = await BrokerSandbox.StartAsync();

        Assert.Equal("127.0.0.1", sandbox.BaseAddress.Host);
        Assert.NotEqual(0, sandbox.BaseAddress.Port);
        Assert.Equal(new Uri(sandbox.BaseAddress, "/v1/"), sandbox.GrowwApiBaseUri);
        Assert.Equal(new Uri(sandbox.BaseAddress, "/v2/"), sandbox.DhanApiBaseUri);
        Assert.Equal(sandbox.BaseAddress, sandbox.DhanAuthBaseUri);
    }

    [Fact]
    public async Task Listens_on_the_fixed_port_it_is_given()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
        }

        await using var sandbox = await BrokerSandbox.StartAsync(new SandboxOptions { Port = port });

        Assert.Equal(port, sandbox.BaseAddress.Port);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(65536)]
    public async Task A_port_outside_the_tcp_range_is_refused_before_listening(int port)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => BrokerSandbox.StartAsync(new SandboxOptions { Port = port }));
    }

    [Fact]
    public async Task The_control_routes_are_off_unless_asked_for()
    {
        await using var sandbox = await BrokerSandbox.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });

        using var answer = await http.GetAsync(new Uri(sandbox.BaseAddress, "_sandbox/requests"));

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
    }

    [Fact]
    public async Task The_default_options_give_working_demo_accounts()
    {
        await using var sandbox = await BrokerSandbox.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        using var groww = new HttpRequestMessage(HttpMethod.Get, new Uri(sandbox.GrowwApiBaseUri, "holdings/user"));
        groww.Headers.Add("Authorization", "Bearer sandbox-groww-access-token");
        groww.Headers.Add("X-API-VERSION", "1.0");
        using var dhan = new HttpRequestMessage(HttpMethod.Get, new Uri(sandbox.DhanApiBaseUri, "holdings"));
        dhan.Headers.Add("access-token", "sandbox-dhan-access-token");

        using var growwResponse = await http.SendAsync(groww);
        using var dhanResponse = await http.SendAsync(dhan);

        Assert.Equal(HttpStatusCode.OK, growwResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dhanResponse.StatusCode);
        Assert.Equal("RELIANCE", (await dhanResponse.ReadAsync())[0]!.Str("tradingSymbol"));
    }

    [Fact]
    public async Task Dispose_stops_the_server_and_releases_the_port()
    {
        var sandbox = await BrokerSandbox.StartAsync();
        var port = sandbox.BaseAddress.Port;

        await sandbox.DisposeAsync();

        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        listener.Stop();
    }

    [Fact]
    public async Task Unknown_paths_get_each_brokers_404()
    {
        await using var t = await StartAsync();

        using var groww = await t.GrowwAsync(HttpMethod.Get, "no/such/thing");
        using var dhan = await t.DhanAsync(HttpMethod.Get, "marketfeed/nothing");

        Assert.Equal(HttpStatusCode.NotFound, groww.StatusCode);
        Assert.Equal("GA004", (await groww.ReadAsync()).Str("error.code"));
        Assert.Equal(HttpStatusCode.NotFound, dhan.StatusCode);
        var body = await dhan.ReadAsync();
        Assert.Equal(("Not Found", "/v2/marketfeed/nothing"), (body.Str("error"), body.Str("path")));
        Assert.Equal(SandboxEndpointNames.Unmatched, t.Sandbox.Requests.Snapshot()[1].Endpoint);
    }

    [Fact]
    public async Task Two_sandboxes_run_side_by_side_with_separate_state()
    {
        await using var a = await StartAsync();
        await using var b = await StartAsync();

        a.Sandbox.Market.SetPrice("TCS", 3000m);

        Assert.NotEqual(a.Sandbox.BaseAddress, b.Sandbox.BaseAddress);
        Assert.Equal(3150.00m, b.Sandbox.Market.GetPrice("TCS"));
    }

    [Fact]
    public async Task Options_with_a_non_base32_totp_secret_are_refused_at_start()
    {
        var options = new SandboxOptions();
        options.Dhan.Accounts[0].TotpSecret = "eyJ-not-base32-0189";

        var error = await Assert.ThrowsAsync<ArgumentException>(() => BrokerSandbox.StartAsync(options));
        Assert.DoesNotContain("eyJ-not-base32-0189", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Account_and_options_ToString_never_show_credentials()
    {
        var groww = GrowwSandboxAccount.CreateDemo();
        var dhan = DhanSandboxAccount.CreateDemo();

        var text = groww + " " + dhan;

        foreach (var secret in new[] { groww.ApiKey, groww.ApiSecret, groww.TotpSecret, groww.TotpToken, groww.AccessToken, dhan.Pin, dhan.AccessToken, dhan.AppSecret, dhan.TotpSecret })
        {
            Assert.DoesNotContain(secret!, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_server_clock_moves_only_forward()
    {
        await using var t = await StartAsync();
        var start = t.Sandbox.Clock.GetUtcNow();

        t.Sandbox.Clock.Advance(TimeSpan.FromHours(3));

        Assert.Equal(start.AddHours(3), t.Sandbox.Clock.GetUtcNow());
        Assert.Throws<ArgumentOutOfRangeException>(() => t.Sandbox.Clock.SetUtcNow(start));
        Assert.Throws<ArgumentOutOfRangeException>(() => t.Sandbox.Clock.Advance(TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public async Task A_wrong_method_on_a_known_path_gets_the_brokers_404()
    {
        await using var t = await StartAsync();

        using var groww = await t.GrowwAsync(HttpMethod.Get, "order/create");
        using var dhan = await t.DhanAsync(HttpMethod.Patch, "orders");

        Assert.Equal((HttpStatusCode.NotFound, "GA004"), (groww.StatusCode, (await groww.ReadAsync()).Str("error.code")));
        Assert.Equal((HttpStatusCode.NotFound, "Not Found"), (dhan.StatusCode, (await dhan.ReadAsync()).Str("error")));
    }
}
