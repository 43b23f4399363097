namespace Broker.Sandbox.Hosting;

/// <summary>
/// A request field is missing or wrong. The endpoint's broker turns it into its validation error (Groww GA001,
/// Dhan DH-905 or data 814).
/// </summary>
internal sealed class FieldException(string message) : Exception(message);
