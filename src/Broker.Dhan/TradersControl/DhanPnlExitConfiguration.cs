using System.Text.Json.Serialization;
using Broker.Collections;

namespace Broker.Dhan.TradersControl;

/// <summary>The current P&amp;L based exit (<c>GET /pnlExit</c>).</summary>
public sealed record DhanPnlExitConfiguration
{
    /// <summary>ACTIVE, INACTIVE or DISABLED.</summary>
    public DhanPnlExitStatus PnlExitStatus { get; init; }

    /// <summary>The profit (₹) at which positions exit.</summary>
    public decimal? Profit { get; init; }

    /// <summary>The loss (₹) at which positions exit.</summary>
    public decimal? Loss { get; init; }

    /// <summary>Which positions are watched.</summary>
    public IReadOnlyList<DhanPnlExitProductType> ProductType { get; init => field = ValueList.OrEmpty(value); } = ValueList.Empty<DhanPnlExitProductType>();

    /// <summary>Whether the kill switch is activated after an exit (Dhan sends <c>enableKillSwitch</c> or <c>enable_kill_switch</c>).</summary>
    [JsonIgnore]
    public bool? EnableKillSwitch => EnableKillSwitchCamel ?? EnableKillSwitchSnake;

    [JsonInclude]
    [JsonPropertyName("enableKillSwitch")]
    internal bool? EnableKillSwitchCamel { get; init; }

    [JsonInclude]
    [JsonPropertyName("enable_kill_switch")]
    internal bool? EnableKillSwitchSnake { get; init; }
}
