namespace Broker.Diagnostics;

/// <summary>
/// The names under which the shared request pipeline publishes its metrics (<see cref="System.Diagnostics.Metrics.Meter"/>)
/// and traces (<see cref="System.Diagnostics.ActivitySource"/>). Subscribe to them with OpenTelemetry
/// (<c>AddMeter(BrokerDiagnostics.MeterName)</c>, <c>AddSource(BrokerDiagnostics.ActivitySourceName)</c>) or any
/// <see cref="System.Diagnostics.Metrics.MeterListener"/> / <see cref="System.Diagnostics.ActivityListener"/>; the SDK
/// itself needs no OpenTelemetry package. No tag or span attribute ever carries a secret or a token. See
/// <c>docs/observability.md</c> for every instrument and span.
/// </summary>
public static class BrokerDiagnostics
{
    /// <summary>The meter of the shared pipeline: requests, attempts, rate limiting, token mints, outcome-unknown orders.</summary>
    public const string MeterName = "Broker.Abstractions";

    /// <summary>The activity source of the shared pipeline: one span per request, a child per attempt and per token mint.</summary>
    public const string ActivitySourceName = "Broker.Abstractions";
}
