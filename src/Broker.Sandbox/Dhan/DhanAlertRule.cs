namespace Broker.Sandbox.Dhan;

/// <summary>A conditional trigger's <c>condition</c>, as sent; <see cref="Instrument"/> is the instrument it watches.</summary>
internal sealed record DhanAlertRule(
    Engine.InstrumentState Instrument,
    string ComparisonType,
    string Operator,
    string? IndicatorName,
    string? TimeFrame,
    decimal? ComparingValue,
    string? ComparingIndicatorName,
    DateOnly ExpDate,
    string Frequency,
    string? UserNote);
