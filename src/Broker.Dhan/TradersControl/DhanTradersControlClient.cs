using Broker.Dhan.Sending;
using Broker.Dhan.Validation;
using Broker.Dhan.Serialization;

using Broker.Http;

namespace Broker.Dhan.TradersControl;

/// <inheritdoc />
internal sealed class DhanTradersControlClient : IDhanTradersControlClient
{
    private readonly DhanSender _sender;

    public DhanTradersControlClient(DhanSender sender)
    {
        _sender = sender;
    }

    public Task<DhanKillSwitchStatus> ActivateKillSwitchAsync(CancellationToken cancellationToken = default) => SetKillSwitchAsync("ACTIVATE", cancellationToken);

    public Task<DhanKillSwitchStatus> DeactivateKillSwitchAsync(CancellationToken cancellationToken = default) => SetKillSwitchAsync("DEACTIVATE", cancellationToken);

    public async Task<DhanKillSwitchStatus> GetKillSwitchStatusAsync(CancellationToken cancellationToken = default) =>
        await _sender.SendAsync(_sender.Request(HttpMethod.Get, "killswitch"), DhanEndpoints.KillSwitchStatus, DhanJsonContext.Default.DhanKillSwitchStatus, cancellationToken).ConfigureAwait(false);

    public async Task<DhanPnlExitResponse> SetPnlExitAsync(DhanPnlExitRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        DhanValidation.RequirePositive(request.ProfitValue, nameof(request.ProfitValue), "for P&L based exit");
        DhanValidation.RequirePositive(request.LossValue, nameof(request.LossValue), "for P&L based exit (as a positive amount)");
        DhanValidation.Require(request.ProductTypes is { Count: > 0 }, nameof(request.ProductTypes), "must name at least one of INTRADAY, DELIVERY.");
        var body = new PnlExitBody
        {
            DhanClientId = _sender.ClientId,
            ProfitValue = request.ProfitValue,
            LossValue = request.LossValue,
            ProductType = [.. request.ProductTypes],
            EnableKillSwitch = request.EnableKillSwitch,
        };
        var message = _sender.Request(HttpMethod.Post, "pnlExit", body, DhanJsonContext.Default.PnlExitBody);
        return await _sender.SendAsync(message, DhanEndpoints.SetPnlExit, DhanJsonContext.Default.DhanPnlExitResponse, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DhanPnlExitResponse> StopPnlExitAsync(CancellationToken cancellationToken = default) =>
        await _sender.SendAsync(_sender.Request(HttpMethod.Delete, "pnlExit"), DhanEndpoints.StopPnlExit, DhanJsonContext.Default.DhanPnlExitResponse, cancellationToken).ConfigureAwait(false);

    public async Task<DhanPnlExitConfiguration> GetPnlExitAsync(CancellationToken cancellationToken = default) =>
        await _sender.SendAsync(_sender.Request(HttpMethod.Get, "pnlExit"), DhanEndpoints.GetPnlExit, DhanJsonContext.Default.DhanPnlExitConfiguration, cancellationToken).ConfigureAwait(false);

    private async Task<DhanKillSwitchStatus> SetKillSwitchAsync(string status, CancellationToken cancellationToken)
    {
        var message = _sender.Request(HttpMethod.Post, "killswitch", new BrokerQuery().Add("killSwitchStatus", status));
        return await _sender.SendAsync(message, DhanEndpoints.SetKillSwitch, DhanJsonContext.Default.DhanKillSwitchStatus, cancellationToken).ConfigureAwait(false);
    }
}
