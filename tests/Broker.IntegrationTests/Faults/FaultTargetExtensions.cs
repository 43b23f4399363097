namespace Broker.IntegrationTests.Faults;

internal static class FaultTargetExtensions
{
    /// <summary>How many requests of <paramref name="endpoint"/> reached the server.</summary>
    public static int Arrivals(this IFaultTarget target, string endpoint) => target.Sandbox.Requests.ForEndpoint(endpoint).Count;

    /// <summary>
    /// The server records an aborted request when it notices the abort, a moment after the client gave up: waits up
    /// to five seconds for <paramref name="endpoint"/> to have <paramref name="expected"/> requests, then returns the count.
    /// </summary>
    public static async Task<int> SettledArrivalsAsync(this IFaultTarget target, string endpoint, int expected)
    {
        for (var i = 0; i < 100 && target.Arrivals(endpoint) < expected; i++)
        {
            await Task.Delay(50);
        }

        return target.Arrivals(endpoint);
    }
}
