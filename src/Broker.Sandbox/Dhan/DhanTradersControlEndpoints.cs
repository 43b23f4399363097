using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Dhan;

/// <summary>Dhan's trader's controls: the kill switch and "exit all" (<c>DELETE /v2/positions</c>).</summary>
internal sealed class DhanTradersControlEndpoints(DhanBroker broker)
{
    private static readonly string[] Actions = ["ACTIVATE", "DEACTIVATE"];

    /// <summary>
    /// <c>POST /v2/killswitch?killSwitchStatus=ACTIVATE|DEACTIVATE</c>. Activation needs no open positions and no pending
    /// orders, as Dhan documents; while active, order writes get DH-906.
    /// </summary>
    public static SandboxResponse Set(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var action = request.Query("killSwitchStatus");
        if (action is null || !Actions.Contains(action, StringComparer.Ordinal))
        {
            throw new FieldException("killSwitchStatus must be ACTIVATE or DEACTIVATE.");
        }

        var book = session.Principal.Book;
        if (action == "ACTIVATE" && (book.Orders.Any(o => o.IsWorking) || book.Positions.Values.Any(p => p.NetQuantity != 0)))
        {
            throw DhanTradingProtocol.OrderError("Close all open positions and cancel pending orders before activating the Kill Switch.");
        }

        session.Principal.KillSwitchActive = action == "ACTIVATE";
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("dhanClientId", session.Principal.Account.ClientId);
            w.WriteString("killSwitchStatus", action == "ACTIVATE"
                ? "Kill Switch has been successfully activated"
                : "Kill Switch has been successfully deactivated");
            w.WriteEndObject();
        });
    }

    /// <summary><c>GET /v2/killswitch</c> → <c>{"dhanClientId","killSwitchStatus":"ACTIVATE"|"DEACTIVATE"}</c>.</summary>
    public static SandboxResponse Get(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("dhanClientId", session.Principal.Account.ClientId);
            w.WriteString("killSwitchStatus", session.Principal.KillSwitchActive ? "ACTIVATE" : "DEACTIVATE");
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// <c>DELETE /v2/positions</c>: cancels every pending order and squares off every open position at market, then
    /// answers <c>{"status":"SUCCESS","message":"All orders and positions exited successfully"}</c>.
    /// </summary>
    public SandboxResponse ExitAll(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var book = session.Principal.Book;
        var engine = broker.Context.Engine;
        foreach (var order in book.Orders.Where(o => o.IsWorking).ToList())
        {
            engine.Cancel(order);
        }

        foreach (var position in book.Positions.Values.Where(p => p.NetQuantity != 0).ToList())
        {
            var ticket = new OrderTicket(
                position.Instrument, position.NetQuantity > 0 ? OrderSide.Sell : OrderSide.Buy, SimOrderType.Market, position.Product,
                position.ProductClass, "DAY", false, Math.Abs(position.NetQuantity), null, null, null);
            engine.Place(book, ticket, broker.NewOrderId());
        }

        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("status", "SUCCESS");
            w.WriteString("message", "All orders and positions exited successfully");
            w.WriteEndObject();
        });
    }
}
