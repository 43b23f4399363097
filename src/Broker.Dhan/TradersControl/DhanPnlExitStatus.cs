using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Dhan.TradersControl;

/// <summary>The state of P&amp;L based exit (<c>pnlExitStatus</c>).</summary>
/// <param name="Value">The exact wire value.</param>
[JsonConverter(typeof(StringValueJsonConverter<DhanPnlExitStatus>))]
public readonly record struct DhanPnlExitStatus(string Value) : IStringValue<DhanPnlExitStatus>
{
    /// <summary><c>ACTIVE</c>: Configured and watching.</summary>
    public static readonly DhanPnlExitStatus Active = new("ACTIVE");

    /// <summary><c>INACTIVE</c>: Not configured.</summary>
    public static readonly DhanPnlExitStatus Inactive = new("INACTIVE");

    /// <summary><c>DISABLED</c>: Stopped.</summary>
    public static readonly DhanPnlExitStatus Disabled = new("DISABLED");

    /// <inheritdoc />
    public static DhanPnlExitStatus FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
