namespace Broker.Dhan.Feeds;

/// <summary>
/// The name of the meter the Dhan feeds publish their metrics on (messages received, events dropped, reconnects).
/// Subscribe with OpenTelemetry (<c>AddMeter(DhanFeedDiagnostics.MeterName)</c>) or a
/// <see cref="System.Diagnostics.Metrics.MeterListener"/>; no OpenTelemetry package is needed. See
/// <c>docs/observability.md</c>.
/// </summary>
public static class DhanFeedDiagnostics
{
    /// <summary>The meter of the Dhan package.</summary>
    public const string MeterName = "Broker.Dhan";
}
