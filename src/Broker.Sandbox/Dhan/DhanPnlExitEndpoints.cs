using System.Globalization;
using System.Text.Json;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;
using Broker.Time;

namespace Broker.Sandbox.Dhan;

/// <summary>
/// Dhan's P&amp;L based exit (<c>/v2/pnlExit</c>): once the day's profit (realised plus unrealised) on the chosen
/// products reaches <c>profitValue</c>, or the loss reaches <c>lossValue</c>, their pending orders are cancelled and
/// their positions squared off at market; the exit then reads INACTIVE, and with <c>enableKillSwitch</c> the kill switch
/// turns on. It is checked when set (a level already passed exits at once) and on every price move, and lapses at the
/// end of the IST day. INTRADAY covers intraday positions, DELIVERY covers CNC and MTF.
/// </summary>
internal sealed class DhanPnlExitEndpoints
{
    private static readonly string[] Products = ["INTRADAY", "DELIVERY"];
    private readonly DhanBroker _broker;

    public DhanPnlExitEndpoints(DhanBroker broker)
    {
        _broker = broker;
        broker.Context.Ticks.Register(TickStage.PnlExit, OnPriceChanged);
    }

    /// <summary>
    /// <c>POST /v2/pnlExit</c> <c>{profitValue, lossValue, productType[], enableKillSwitch}</c> →
    /// <c>{"pnlExitStatus":"ACTIVE","message":"P&amp;L based exit configured successfully"}</c>.
    /// </summary>
    public SandboxResponse Set(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var body = request.JsonObject();
        DhanBodyRules.RequireClientId(body, session, _broker.Options);
        var profit = JsonFields.OptionalDecimal(body, "profitValue", allowNumericString: true) ?? throw new FieldException("profitValue is required.");
        var loss = JsonFields.OptionalDecimal(body, "lossValue", allowNumericString: true) ?? throw new FieldException("lossValue is required.");
        if (profit <= 0 || loss <= 0)
        {
            throw new FieldException("profitValue and lossValue must be positive amounts.");
        }

        if (!body.TryGetProperty("productType", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            throw new FieldException("productType must be a non-empty array of INTRADAY, DELIVERY.");
        }

        var products = new List<string>();
        foreach (var item in list.EnumerateArray())
        {
            var product = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (product is null || !Products.Contains(product, StringComparer.Ordinal))
            {
                throw new FieldException($"productType '{product}' is invalid; expected INTRADAY or DELIVERY.");
            }

            if (!products.Contains(product, StringComparer.Ordinal))
            {
                products.Add(product);
            }
        }

        var principal = session.Principal;
        principal.PnlExit = new DhanPnlExit
        {
            Profit = profit, Loss = loss, ProductTypes = products, EnableKillSwitch = JsonFields.OptionalBoolean(body, "enableKillSwitch") ?? false, Day = Today(),
        };
        Evaluate(principal);
        return Status("ACTIVE", "P&L based exit configured successfully");
    }

    /// <summary><c>DELETE /v2/pnlExit</c> → <c>{"pnlExitStatus":"DISABLED","message":"P&amp;L based exit stopped successfully"}</c>.</summary>
    public static SandboxResponse Stop(RequestData request, AuthOutcome auth)
    {
        var principal = ((DhanSession)auth.Principal!).Principal;
        if (principal.PnlExit is { } exit)
        {
            exit.Status = "DISABLED";
        }

        return Status("DISABLED", "P&L based exit stopped successfully");
    }

    /// <summary>
    /// <c>GET /v2/pnlExit</c> → <c>{pnlExitStatus, profit, loss, productType[], enableKillSwitch}</c>, amounts as strings
    /// (<c>"1500.00"</c>) as in Dhan's sample; INACTIVE with zero amounts when never set.
    /// </summary>
    public SandboxResponse Get(RequestData request, AuthOutcome auth)
    {
        var principal = ((DhanSession)auth.Principal!).Principal;
        var exit = principal.PnlExit;
        if (exit is { Status: "ACTIVE" } && Today() > exit.Day)
        {
            exit.Status = "INACTIVE";
        }

        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("pnlExitStatus", exit?.Status ?? "INACTIVE");
            w.WriteString("profit", (exit?.Profit ?? 0m).ToString("0.00", CultureInfo.InvariantCulture));
            w.WriteString("loss", (exit?.Loss ?? 0m).ToString("0.00", CultureInfo.InvariantCulture));
            w.WriteStartArray("productType");
            foreach (var product in exit?.ProductTypes ?? [])
            {
                w.WriteStringValue(product);
            }

            w.WriteEndArray();
            w.WriteBoolean("enableKillSwitch", exit?.EnableKillSwitch ?? false);
            w.WriteEndObject();
        });
    }

    private DateOnly Today() => DateOnly.FromDateTime(IndianTime.ToIst(_broker.Context.Clock.GetUtcNow()).DateTime);

    private static bool Covers(DhanPnlExit exit, ProductClass productClass) =>
        (productClass == ProductClass.Intraday && exit.ProductTypes.Contains("INTRADAY"))
        || (productClass == ProductClass.Delivery && exit.ProductTypes.Contains("DELIVERY"));

    /// <summary>Runs after the tick's fills and triggers, so the profit it judges includes them.</summary>
    private void OnPriceChanged(InstrumentState instrument)
    {
        foreach (var principal in _broker.Principals.Where(p => p.PnlExit?.Status == "ACTIVE"))
        {
            Evaluate(principal);
        }
    }

    private void Evaluate(DhanPrincipal principal)
    {
        var exit = principal.PnlExit!;
        if (exit.Status != "ACTIVE")
        {
            return;
        }

        if (Today() > exit.Day)
        {
            exit.Status = "INACTIVE";
            return;
        }

        var book = principal.Book;
        var pnl = book.Positions.Values.Where(p => Covers(exit, p.ProductClass)).Sum(p => p.RealizedProfit + p.UnrealizedProfit);
        if (pnl < exit.Profit && pnl > -exit.Loss)
        {
            return;
        }

        var engine = _broker.Context.Engine;
        foreach (var order in book.Orders.Where(o => o.IsWorking && Covers(exit, o.Ticket.ProductClass)).ToList())
        {
            engine.Cancel(order);
        }

        foreach (var position in book.Positions.Values.Where(p => p.NetQuantity != 0 && Covers(exit, p.ProductClass)).ToList())
        {
            var ticket = new OrderTicket(
                position.Instrument, position.NetQuantity > 0 ? OrderSide.Sell : OrderSide.Buy, SimOrderType.Market, position.Product,
                position.ProductClass, "DAY", false, Math.Abs(position.NetQuantity), null, null, null);
            engine.Place(book, ticket, _broker.NewOrderId());
        }

        exit.Status = "INACTIVE";
        if (exit.EnableKillSwitch)
        {
            principal.KillSwitchActive = true;
        }
    }

    private static SandboxResponse Status(string status, string message) => SandboxResponse.Json(200, w =>
    {
        w.WriteStartObject();
        w.WriteString("pnlExitStatus", status);
        w.WriteString("message", message);
        w.WriteEndObject();
    });
}
