namespace Broker.Dhan.TradersControl;

/// <summary>The answer to setting or stopping P&amp;L based exit.</summary>
public sealed record DhanPnlExitResponse
{
    /// <summary>ACTIVE after setting, DISABLED after stopping.</summary>
    public DhanPnlExitStatus PnlExitStatus { get; init; }

    /// <summary>Dhan's message.</summary>
    public string? Message { get; init; }
}
