namespace Broker.Samples.Webhook.Alerts;

/// <summary>The outcome of reading an alert body: the secret it carried, and the alert or what is wrong with it.</summary>
internal sealed class AlertParseResult
{
    /// <summary>The <c>secret</c> field, if the body is a JSON object that has one as a string.</summary>
    public string? Secret { get; init; }

    /// <summary>The alert, when every field is valid.</summary>
    public TradingAlert? Alert { get; init; }

    /// <summary>The problems found, field by field; empty when <see cref="Alert"/> is set.</summary>
    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    /// <summary>The client reference, when it could be read even though other fields are invalid (for the log).</summary>
    public string? ClientReference { get; init; }

    /// <summary>Whether the body is not JSON at all (rather than JSON with bad fields, or nested too deep).</summary>
    public bool IsNotJson { get; init; }

    /// <summary>The symbol or security id, when it could be read (for the log).</summary>
    public string? InstrumentText { get; init; }
}
