using System.Diagnostics;

namespace Broker.Diagnostics;

/// <summary>
/// The <see cref="ActivitySource"/> of the shared pipeline (<see cref="BrokerDiagnostics.ActivitySourceName"/>) and the
/// names of its spans. A span is created only while a listener samples it; otherwise starting one costs a check.
/// </summary>
internal static class BrokerActivities
{
    /// <summary>The span of one attempt on the wire, a child of the request's span.</summary>
    public const string AttemptName = "broker.attempt";

    /// <summary>The span of one access-token mint, a child of the request (or background renewal) that started it.</summary>
    public const string TokenMintName = "broker.token.mint";

    /// <summary>The source.</summary>
    public static readonly ActivitySource Source = new(
        BrokerDiagnostics.ActivitySourceName,
        typeof(BrokerActivities).Assembly.GetName().Version?.ToString());
}
