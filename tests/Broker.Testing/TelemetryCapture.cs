using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
namespace Broker.Testing;

/// <summary>
/// Records every measurement of every instrument on the meters one <see cref="IMeterFactory"/> created (so tests running
/// in parallel do not see each other's), and every span of the named activity sources inside this capture's own trace
/// (a root activity started here and current for the rest of the test, which the calls made under it inherit).
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private readonly MeterListener _meters;
    private readonly ActivityListener _activities;
    private readonly Activity _root;

    public TelemetryCapture(IMeterFactory factory, params string[] activitySources)
    {
        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _meters.Start();

        _activities = new ActivityListener
        {
            ShouldListenTo = source => activitySources.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activitySources.Contains(activity.Source.Name) && _root is { } root && activity.TraceId == root.TraceId)
                {
                    Spans.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_activities);
        _root = new Activity("test").SetIdFormat(ActivityIdFormat.W3C).Start();
    }

    public ConcurrentQueue<Measurement> Measurements { get; } = new();

    public ConcurrentQueue<Activity> Spans { get; } = new();

    /// <summary>The root span's id: the parent of each request span.</summary>
    public ActivitySpanId RootSpanId => _root.SpanId;

    public IReadOnlyList<Measurement> Of(string instrument) => [.. Measurements.Where(m => m.Instrument == instrument)];

    public IReadOnlyList<Activity> SpansNamed(string name) => [.. Spans.Where(a => a.OperationName == name)];

    public void Dispose()
    {
        _root.Dispose();
        _activities.Dispose();
        _meters.Dispose();
    }

    private void Add<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct =>
        Measurements.Enqueue(new Measurement(instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));

    /// <summary>One measurement: its instrument's name, its value and its tags.</summary>
    public sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);
}
