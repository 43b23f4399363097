using System.Diagnostics;

namespace Broker.RateLimiting;

/// <summary>
/// A group of endpoints that share one set of rate limits at the broker (Groww "Orders", "Live Data",
/// "Non Trading"; Dhan "Order", "Data", "Quote", "Non-trading"). Exhausting one endpoint throttles every endpoint in
/// its category. Broker packages define their categories as static members.
/// </summary>
[DebuggerDisplay("{Name}")]
public readonly record struct RateLimitCategory
{
    /// <summary>A category that is never limited (for example a static file download).</summary>
    public static readonly RateLimitCategory Unlimited = new("Unlimited");

    /// <summary>Creates a category.</summary>
    /// <param name="name">Its name, matched case-insensitively against the configured limits.</param>
    public RateLimitCategory(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The category's name.</summary>
    public string Name { get; }

    /// <summary><see langword="true"/> for <see cref="Unlimited"/> and the default value.</summary>
    public bool IsUnlimited => Name is null || string.Equals(Name, Unlimited.Name, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() => Name ?? Unlimited.Name;
}
