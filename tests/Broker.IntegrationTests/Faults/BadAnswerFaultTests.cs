using Broker.Errors;
using Broker.Sandbox;

namespace Broker.IntegrationTests.Faults;

/// <summary>Fault matrix row 8: answers that are not the broker's JSON become typed errors with status and a snippet.</summary>
public class BadAnswerFaultTests
{
    public static TheoryData<string> Brokers => FaultTargets.Brokers;

    [Theory]
    [MemberData(nameof(Brokers))]
    public async Task Malformed_json_in_a_200_is_an_invalid_response_error_with_the_status_and_a_snippet(string broker)
    {
        await using var target = await FaultTargets.StartAsync(broker);
        target.Sandbox.Faults.Inject(target.ReadEndpoint, Fault.MalformedJson);

        var failure = await Assert.ThrowsAsync<BrokerApiException>(() => target.ReadAsync());

        Assert.Equal(200, failure.StatusCode);
        Assert.Equal(ErrorCategory.InvalidResponse, failure.Category);
        Assert.False(string.IsNullOrEmpty(failure.ResponseSnippet));
        Assert.Equal(1, target.Arrivals(target.ReadEndpoint));
    }

    [Theory]
    [MemberData(nameof(Brokers))]
    public async Task An_html_error_page_is_a_typed_error_with_its_status_and_a_snippet_not_a_json_crash(string broker)
    {
        await using var target = await FaultTargets.StartAsync(broker, new FaultTargetSettings { Client = o => o.Retry.MaxRetryAttempts = 0 });
        target.Sandbox.Faults.Inject(target.ReadEndpoint, Fault.HtmlErrorPage);

        var failure = await Assert.ThrowsAsync<BrokerApiException>(() => target.ReadAsync());

        Assert.Equal(502, failure.StatusCode);
        Assert.Equal(ErrorCategory.Server, failure.Category);
        Assert.Contains("<", failure.ResponseSnippet, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Brokers))]
    public async Task An_html_page_with_a_client_error_status_is_not_retried(string broker)
    {
        await using var target = await FaultTargets.StartAsync(broker);
        target.Sandbox.Faults.Inject(target.ReadEndpoint, Fault.HtmlError(403), count: 5);

        var failure = await Assert.ThrowsAsync<BrokerApiException>(() => target.ReadAsync());

        Assert.Equal(403, failure.StatusCode);
        Assert.Equal(1, target.Arrivals(target.ReadEndpoint));
    }
}
