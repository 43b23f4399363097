using Broker.Dhan;
using Broker.Groww;
using Broker.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Broker.IntegrationTests.Sandbox;

/// <summary>
/// Each answered request leaves one debug line with the account and the request id as structured fields, so that a
/// log of several accounts can be filtered, and a request quoted to the broker's support.
/// </summary>
public sealed class RequestLogFieldsTests : IAsyncLifetime
{
    private const int ResponseReceivedEventId = 3003;
    private BrokerSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await BrokerSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task A_groww_request_is_logged_with_its_account_and_the_request_id_it_sent()
    {
        var logs = new FakeLogCollector();
        var services = Logged(logs);
        services.AddGrowwClient("swing", _ => { }).UseSandbox(_sandbox);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<IGrowwClient>("swing").User.GetProfileAsync();

        var line = Assert.Single(logs.GetSnapshot(), r => r.Id.Id == ResponseReceivedEventId && Field(r, "Endpoint") == "user.detail");
        Assert.Equal("swing", Field(line, "Account"));
        Assert.True(Guid.TryParse(Field(line, "RequestId"), out _), line.Message);
        Assert.Contains("account 'swing'", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dhan_request_is_logged_with_its_account_and_no_invented_request_id()
    {
        var logs = new FakeLogCollector();
        var services = Logged(logs);
        services.AddDhanClient(_ => { }).UseSandbox(_sandbox);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IDhanClient>().Profile.GetProfileAsync();

        var line = Assert.Single(logs.GetSnapshot(), r => r.Id.Id == ResponseReceivedEventId && Field(r, "Endpoint") == "user.profile");
        Assert.Equal("default", Field(line, "Account"));
        Assert.Equal("none", Field(line, "RequestId"));
    }

    [Fact]
    public async Task A_request_that_waited_for_a_rate_limit_permit_says_how_long()
    {
        var options = new SandboxOptions();
        options.Groww.RateLimits[GrowwRateCategories.NonTrading] = [new(1, TimeSpan.FromMilliseconds(300))];
        await using var sandbox = await BrokerSandbox.StartAsync(options);
        var logs = new FakeLogCollector();
        var services = Logged(logs);
        services.AddGrowwClient(_ => { }).UseSandbox(sandbox);
        await using var provider = services.BuildServiceProvider();
        var user = provider.GetRequiredService<IGrowwClient>().User;

        await user.GetProfileAsync();
        await user.GetProfileAsync();   // one permit per 300 ms: this one waits for the window to move

        var waits = logs.GetSnapshot()
            .Where(r => r.Id.Id == ResponseReceivedEventId && Field(r, "Endpoint") == "user.detail")
            .Select(r => double.Parse(Field(r, "RateLimitWaitMilliseconds")!, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(2, waits.Count);
        Assert.True(waits[1] > 0, $"the second call waited {waits[1]} ms");
    }

    private static ServiceCollection Logged(FakeLogCollector logs)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new FakeLoggerProvider(logs)));
        return services;
    }

    private static string? Field(FakeLogRecord record, string name) =>
        record.StructuredState?.FirstOrDefault(p => p.Key == name).Value;
}
