namespace Broker.Dhan.TradersControl;

/// <summary>The wire body of <c>POST /pnlExit</c>.</summary>
internal sealed class PnlExitBody
{
    public string? DhanClientId { get; init; }

    public decimal ProfitValue { get; init; }

    public decimal LossValue { get; init; }

    public List<DhanPnlExitProductType>? ProductType { get; init; }

    public bool EnableKillSwitch { get; init; }
}
