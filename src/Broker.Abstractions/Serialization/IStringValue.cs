namespace Broker.Serialization;

/// <summary>
/// An open, string-backed value such as an order status: the documented values are static members, and any
/// other value the broker sends is kept as-is rather than failing (Groww sends <c>OPEN</c>, which its docs omit).
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
public interface IStringValue<TSelf>
    where TSelf : IStringValue<TSelf>
{
    /// <summary>The exact wire value.</summary>
    string Value { get; }

    /// <summary>Creates an instance from a wire value.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The instance.</returns>
    static abstract TSelf FromValue(string value);
}
