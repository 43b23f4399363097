namespace Broker.Instruments;

/// <summary>
/// Identifies a derivative contract by what a trader knows: underlying, expiry, strike and option type. Futures have
/// no strike and <see cref="InstrumentOptionType.None"/>. The underlying compares case-insensitively.
/// </summary>
/// <param name="Underlying">The underlying symbol, such as <c>NIFTY</c> or <c>RELIANCE</c>.</param>
/// <param name="Expiry">The expiry date.</param>
/// <param name="Strike">The strike in rupees; <see langword="null"/> for futures.</param>
/// <param name="OptionType">Call, put, or none for futures.</param>
public readonly record struct DerivativeKey(string Underlying, DateOnly Expiry, decimal? Strike, InstrumentOptionType OptionType)
{
    /// <summary>Compares keys with the underlying case-insensitive and strikes by value (29150 equals 29150.00).</summary>
    public static IEqualityComparer<DerivativeKey> Comparer { get; } = new KeyComparer();

    /// <inheritdoc />
    public override string ToString() => OptionType == InstrumentOptionType.None
        ? $"{Underlying} {Expiry:yyyy-MM-dd} future"
        : $"{Underlying} {Expiry:yyyy-MM-dd} {Strike?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(no strike)"} {(OptionType == InstrumentOptionType.Call ? "CE" : "PE")}";

    private sealed class KeyComparer : IEqualityComparer<DerivativeKey>
    {
        public bool Equals(DerivativeKey x, DerivativeKey y) =>
            x.Expiry == y.Expiry && x.OptionType == y.OptionType && x.Strike == y.Strike
            && string.Equals(x.Underlying, y.Underlying, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(DerivativeKey obj) => HashCode.Combine(
            StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Underlying ?? string.Empty), obj.Expiry, obj.Strike, obj.OptionType);
    }
}
