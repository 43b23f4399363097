using Broker.Dhan.Http;
using Broker.Dhan.Serialization;

namespace Broker.Dhan.TradersControl;

/// <inheritdoc />
internal sealed class DhanTradersControlClient : IDhanTradersControlClient
{
    private readonly DhanClientContext _context;

    public DhanTradersControlClient(DhanClientContext context) => _context = context;

    public Task<DhanKillSwitchStatus> ActivateKillSwitchAsync(CancellationToken cancellationToken = default) => SetKillSwitchAsync("ACTIVATE", cancellationToken);

    public Task<DhanKillSwitchStatus> DeactivateKillSwitchAsync(CancellationToken cancellationToken = default) => SetKillSwitchAsync("DEACTIVATE", cancellationToken);

    public async Task<DhanKillSwitchStatus> GetKillSwitchStatusAsync(CancellationToken cancellationToken = default) =>
        await _context.Invoker.SendAsync(_context.Requests.Api(HttpMethod.Get, "killswitch"), DhanEndpoints.KillSwitchStatus, DhanJsonContext.Default.DhanKillSwitchStatus, null, cancellationToken).ConfigureAwait(false);

    public async Task<DhanPnlExitResponse> SetPnlExitAsync(DhanPnlExitRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        DhanValidation.RequirePositive(request.ProfitValue, nameof(request.ProfitValue), "for P&L based exit");
        DhanValidation.RequirePositive(request.LossValue, nameof(request.LossValue), "for P&L based exit (as a positive amount)");
        DhanValidation.Require(request.ProductTypes is { Count: > 0 }, nameof(request.ProductTypes), "must name at least one of INTRADAY, DELIVERY.");
        var body = new PnlExitBody
        {
            DhanClientId = _context.ClientId,
            ProfitValue = request.ProfitValue,
            LossValue = request.LossValue,
            ProductType = [.. request.ProductTypes],
            EnableKillSwitch = request.EnableKillSwitch,
        };
        var message = _context.Requests.ApiJson(HttpMethod.Post, "pnlExit", body, DhanJsonContext.Default.PnlExitBody);
        return await _context.Invoker.SendAsync(message, DhanEndpoints.SetPnlExit, DhanJsonContext.Default.DhanPnlExitResponse, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DhanPnlExitResponse> StopPnlExitAsync(CancellationToken cancellationToken = default) =>
        await _context.Invoker.SendAsync(_context.Requests.Api(HttpMethod.Delete, "pnlExit"), DhanEndpoints.StopPnlExit, DhanJsonContext.Default.DhanPnlExitResponse, null, cancellationToken).ConfigureAwait(false);

    public async Task<DhanPnlExitConfiguration> GetPnlExitAsync(CancellationToken cancellationToken = default) =>
        await _context.Invoker.SendAsync(_context.Requests.Api(HttpMethod.Get, "pnlExit"), DhanEndpoints.GetPnlExit, DhanJsonContext.Default.DhanPnlExitConfiguration, null, cancellationToken).ConfigureAwait(false);

    private async Task<DhanKillSwitchStatus> SetKillSwitchAsync(string status, CancellationToken cancellationToken)
    {
        var message = _context.Requests.Api(HttpMethod.Post, "killswitch", ("killSwitchStatus", status));
        return await _context.Invoker.SendAsync(message, DhanEndpoints.SetKillSwitch, DhanJsonContext.Default.DhanKillSwitchStatus, null, cancellationToken).ConfigureAwait(false);
    }
}
