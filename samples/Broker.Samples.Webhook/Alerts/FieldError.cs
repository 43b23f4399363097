namespace Broker.Samples.Webhook.Alerts;

/// <summary>What is wrong with one field of an alert.</summary>
/// <param name="Field">The field, as named in the alert schema (such as <c>quantity</c>).</param>
/// <param name="Message">What is wrong and what is expected. Never contains the secret.</param>
internal sealed record FieldError(string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message}";
}
