using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Broker.Sandbox.Tool;

namespace Broker.Sandbox.Tests.Tool;

/// <summary>
/// <c>broker-sandbox</c> driven through its entry point on a free port, over HTTP only, as a client in another
/// language would use it.
/// </summary>
public sealed class SandboxToolTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Prints_every_address_and_the_demo_accounts_then_serves_both_brokers()
    {
        await using var tool = await RunningTool.StartAsync("--port", "0", "--price-walk", "off");

        Assert.Contains($"REST                {tool.BaseAddress}v1/", tool.Output.Text, StringComparison.Ordinal);
        Assert.Contains($"REST                {tool.BaseAddress}v2/", tool.Output.Text, StringComparison.Ordinal);
        Assert.Contains("demo account SBXGW0001", tool.Output.Text, StringComparison.Ordinal);
        Assert.Contains("demo account 1000000001", tool.Output.Text, StringComparison.Ordinal);
        using var groww = new HttpRequestMessage(HttpMethod.Get, new Uri(tool.BaseAddress, "v1/holdings/user"));
        groww.Headers.Add("Authorization", "Bearer sandbox-groww-access-token");
        groww.Headers.Add("X-API-VERSION", "1.0");
        using var dhan = new HttpRequestMessage(HttpMethod.Get, new Uri(tool.BaseAddress, "v2/holdings"));
        dhan.Headers.Add("access-token", "sandbox-dhan-access-token");

        using var growwAnswer = await tool.Http.SendAsync(groww);
        using var dhanAnswer = await tool.Http.SendAsync(dhan);

        Assert.Equal(HttpStatusCode.OK, growwAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dhanAnswer.StatusCode);
    }

    [Fact]
    public async Task Prints_each_request_without_its_query_string()
    {
        await using var tool = await RunningTool.StartAsync("--port", "0", "--price-walk", "off");
        var served = tool.Output.WaitForLineAsync(" /v2/holdings ");

        using var _ = await tool.Http.GetAsync(new Uri(tool.BaseAddress, "v2/holdings?pin=987654"));

        var line = await served.WaitAsync(StartTimeout);
        Assert.Contains("answered 401", line, StringComparison.Ordinal);
        Assert.DoesNotContain("987654", tool.Output.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_request_log_is_served_over_http_after_a_sequence_number()
    {
        await using var tool = await RunningTool.StartAsync("--port", "0", "--price-walk", "off", "--quiet");
        using (await tool.Http.GetAsync(new Uri(tool.BaseAddress, "v2/holdings")))
        {
        }

        using (await tool.Http.GetAsync(new Uri(tool.BaseAddress, "v2/positions")))
        {
        }

        using var all = await tool.GetJsonAsync("_sandbox/requests");
        using var later = await tool.GetJsonAsync("_sandbox/requests?after=1");

        var requests = all.RootElement.GetProperty("requests");
        Assert.Equal(["/v2/holdings", "/v2/positions"], requests.EnumerateArray().Select(r => r.GetProperty("path").GetString()));
        Assert.Equal(401, requests[0].GetProperty("statusCode").GetInt32());
        Assert.Equal("Dhan", requests[0].GetProperty("broker").GetString());
        Assert.Equal("/v2/positions", Assert.Single(later.RootElement.GetProperty("requests").EnumerateArray()).GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_price_set_over_http_is_the_price_the_brokers_quote()
    {
        await using var tool = await RunningTool.StartAsync("--port", "0", "--price-walk", "off", "--quiet");

        using var set = await tool.Http.PutAsync(new Uri(tool.BaseAddress, "_sandbox/prices/TCS"), Json("""{"price": 3111.5}"""));
        using var ltp = new HttpRequestMessage(HttpMethod.Get, new Uri(tool.BaseAddress, "v1/live-data/ltp?segment=CASH&exchange_symbols=NSE_TCS"));
        ltp.Headers.Add("Authorization", "Bearer sandbox-groww-access-token");
        ltp.Headers.Add("X-API-VERSION", "1.0");
        using var quoted = await tool.Http.SendAsync(ltp);

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Contains("3111.5", await quoted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"price": -1}""", HttpStatusCode.BadRequest)]
    [InlineData("""not json""", HttpStatusCode.BadRequest)]
    [InlineData("""{"cost": 10}""", HttpStatusCode.BadRequest)]
    public async Task A_wrong_price_body_is_refused_naming_what_is_expected(string body, HttpStatusCode expected)
    {
        await using var tool = await RunningTool.StartAsync("--port", "0", "--price-walk", "off", "--quiet");

        using var answer = await tool.Http.PutAsync(new Uri(tool.BaseAddress, "_sandbox/prices/TCS"), Json(body));

        Assert.Equal(expected, answer.StatusCode);
        Assert.Contains("\\u0022price\\u0022", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_price_for_an_unknown_instrument_is_404()
    {
        await using var tool = await RunningTool.StartAsync("--port", "0", "--price-walk", "off", "--quiet");

        using var answer = await tool.Http.PutAsync(new Uri(tool.BaseAddress, "_sandbox/prices/NOSUCH"), Json("""{"price": 10}"""));

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
    }

    [Fact]
    public async Task A_fault_injected_over_http_hits_the_next_request_of_its_endpoint_only()
    {
        await using var tool = await RunningTool.StartAsync("--port", "0", "--price-walk", "off", "--quiet");

        using var injected = await tool.Http.PostAsync(
            new Uri(tool.BaseAddress, "_sandbox/faults"),
            Json("""{"endpoint":"dhan.portfolio.holdings","fault":"Status","statusCode":503}"""));
        var first = await HoldingsStatusAsync(tool);
        var second = await HoldingsStatusAsync(tool);

        Assert.Equal(HttpStatusCode.Created, injected.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, first);
        Assert.Equal(HttpStatusCode.OK, second);
    }

    [Theory]
    [InlineData("""{"endpoint":"no.such.endpoint","fault":"Status","statusCode":503}""")]
    [InlineData("""{"endpoint":"dhan.portfolio.holdings","fault":"Explode"}""")]
    [InlineData("""{"endpoint":"dhan.portfolio.holdings","fault":"Status","statusCode":200}""")]
    [InlineData("""{"endpoint":"dhan.portfolio.holdings","fault":"Delay"}""")]
    [InlineData("""{"endpoint":"dhan.portfolio.holdings","fault":"Status","statusCode":503,"count":0}""")]
    public async Task A_wrong_fault_is_refused_and_nothing_is_injected(string body)
    {
        await using var tool = await RunningTool.StartAsync("--port", "0", "--price-walk", "off", "--quiet");

        using var answer = await tool.Http.PostAsync(new Uri(tool.BaseAddress, "_sandbox/faults"), Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await HoldingsStatusAsync(tool));
    }

    [Fact]
    public async Task Clearing_faults_over_http_removes_the_waiting_ones()
    {
        await using var tool = await RunningTool.StartAsync("--port", "0", "--price-walk", "off", "--quiet");
        using (await tool.Http.PostAsync(new Uri(tool.BaseAddress, "_sandbox/faults"), Json("""{"endpoint":"dhan.*","fault":"TooManyRequests","count":5}""")))
        {
        }

        using var cleared = await tool.Http.DeleteAsync(new Uri(tool.BaseAddress, "_sandbox/faults"));

        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await HoldingsStatusAsync(tool));
    }

    [Fact]
    public void Prices_move_every_second_by_default_and_off_keeps_them_still()
    {
        var byDefault = SandboxToolArguments.Parse([]).ToSandboxOptions();
        var still = SandboxToolArguments.Parse(["--price-walk", "off"]).ToSandboxOptions();

        Assert.Equal(TimeSpan.FromSeconds(1), byDefault.PriceWalkInterval);
        Assert.Equal(SandboxToolArguments.DefaultPort, byDefault.Port);
        Assert.True(byDefault.ControlApi);
        Assert.Null(still.PriceWalkInterval);
    }

    [Fact]
    public async Task Cancellation_stops_the_server_and_releases_the_port()
    {
        var tool = await RunningTool.StartAsync("--port", "0", "--price-walk", "off", "--quiet");
        var port = tool.BaseAddress.Port;

        var exitCode = await tool.StopAsync();

        Assert.Equal(SandboxToolRunner.Success, exitCode);
        using var probe = new TcpListener(IPAddress.Loopback, port);
        probe.Start();
        probe.Stop();
    }

    [Fact]
    public async Task A_port_in_use_is_reported_with_exit_code_1()
    {
        using var occupier = new TcpListener(IPAddress.Loopback, 0);
        occupier.Start();
        var port = ((IPEndPoint)occupier.LocalEndpoint).Port;
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await SandboxToolRunner.RunAsync(["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], output, error, CancellationToken.None);

        Assert.Equal(SandboxToolRunner.StartFailed, exitCode);
        Assert.Contains("in use", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--port")]
    [InlineData("--price-walk", "soon")]
    [InlineData("--colour")]
    public async Task A_wrong_command_line_exits_with_code_2_naming_the_argument(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await SandboxToolRunner.RunAsync(args, output, error, CancellationToken.None);

        Assert.Equal(SandboxToolRunner.BadArguments, exitCode);
        Assert.Contains(args[0], error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task Help_prints_the_usage_and_starts_nothing()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await SandboxToolRunner.RunAsync(["--help"], output, error, CancellationToken.None);

        Assert.Equal(SandboxToolRunner.Success, exitCode);
        Assert.Contains("Usage: broker-sandbox", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(SandboxToolRunner.ListeningPrefix, output.ToString(), StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> HoldingsStatusAsync(RunningTool tool)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(tool.BaseAddress, "v2/holdings"));
        request.Headers.Add("access-token", "sandbox-dhan-access-token");
        using var answer = await tool.Http.SendAsync(request);
        return answer.StatusCode;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>The tool's entry point running on a task, with its output captured and a signal when it listens.</summary>
    private sealed class RunningTool : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private Task<int> _run = Task.FromResult(0);

        public SignallingWriter Output { get; } = new();

        public StringWriter Error { get; } = new();

        public HttpClient Http { get; } = new(new SocketsHttpHandler { UseProxy = false });

        public Uri BaseAddress { get; private set; } = null!;

        public static async Task<RunningTool> StartAsync(params string[] args)
        {
            var tool = new RunningTool();
            var listening = tool.Output.WaitForLineAsync(SandboxToolRunner.ListeningPrefix);
            tool._run = SandboxToolRunner.RunAsync(args, tool.Output, tool.Error, tool._stop.Token);
            var finished = await Task.WhenAny(listening, tool._run).WaitAsync(StartTimeout);
            if (finished != listening)
            {
                throw new InvalidOperationException($"broker-sandbox exited with {await tool._run} before listening: {tool.Error}");
            }

            var line = await listening;
            var address = line[(line.IndexOf(SandboxToolRunner.ListeningPrefix, StringComparison.Ordinal) + SandboxToolRunner.ListeningPrefix.Length)..].Split(' ')[0];
            tool.BaseAddress = new Uri(address);
            return tool;
        }

        public async Task<JsonDocument> GetJsonAsync(string relative)
        {
            using var answer = await Http.GetAsync(new Uri(BaseAddress, relative));
            answer.EnsureSuccessStatusCode();
            return JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        }

        public async Task<int> StopAsync()
        {
            await _stop.CancelAsync();
            return await _run.WaitAsync(StartTimeout);
        }

        public async ValueTask DisposeAsync()
        {
            await StopAsync();
            Http.Dispose();
            Error.Dispose();
            Output.Dispose();
            _stop.Dispose();
        }
    }

    /// <summary>Captures lines and completes waiters when a line containing their text is written.</summary>
    private sealed class SignallingWriter : TextWriter
    {
        private readonly Lock _gate = new();
        private readonly StringBuilder _text = new();
        private readonly StringBuilder _line = new();
        private readonly List<(string Needle, TaskCompletionSource<string> Signal)> _waiters = [];

        public override Encoding Encoding => Encoding.UTF8;

        public string Text
        {
            get
            {
                lock (_gate)
                {
                    return _text.ToString();
                }
            }
        }

        public Task<string> WaitForLineAsync(string needle)
        {
            var signal = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                _waiters.Add((needle, signal));
            }

            return signal.Task;
        }

        public override void Write(char value)
        {
            lock (_gate)
            {
                _text.Append(value);
                if (value != '\n')
                {
                    _line.Append(value);
                    return;
                }

                var line = _line.ToString();
                _line.Clear();
                foreach (var waiter in _waiters.Where(w => line.Contains(w.Needle, StringComparison.Ordinal)).ToList())
                {
                    _waiters.Remove(waiter);
                    waiter.Signal.TrySetResult(line);
                }
            }
        }
    }
}
