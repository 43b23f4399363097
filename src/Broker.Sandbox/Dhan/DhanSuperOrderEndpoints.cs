using System.Globalization;
using System.Text.Json;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Dhan;

/// <summary>
/// Dhan super orders (<c>/v2/super/orders</c>): an entry order with a target leg and a stop-loss leg (optionally
/// trailing). The entry goes into the order book under the super order's id. Once it is traded the legs watch the
/// price: the first reached sends its exit (target: a limit at the target; stop-loss: a market order) under the leg's
/// own order id, and the other leg is cancelled; the super order is then CLOSED. A trailing stop moves one
/// <c>trailingJump</c> in the trade's favour each time the price gains a jump.
/// </summary>
internal sealed class DhanSuperOrderEndpoints
{
    private static readonly string[] SuperProducts = ["CNC", "INTRADAY", "MARGIN", "MTF"];
    private static readonly string[] SuperOrderTypes = ["LIMIT", "MARKET"];
    private static readonly string[] Legs = ["ENTRY_LEG", "TARGET_LEG", "STOP_LOSS_LEG"];
    private readonly DhanBroker _broker;
    private readonly List<DhanSuperOrder> _orders = [];

    public DhanSuperOrderEndpoints(DhanBroker broker)
    {
        _broker = broker;
        broker.Context.Ticks.Register(TickStage.SuperOrderLegs, OnPriceChanged);
    }

    /// <summary><c>POST /v2/super/orders</c> → <c>{"orderId","orderStatus":"PENDING"|"REJECTED"}</c>.</summary>
    public SandboxResponse Create(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        DhanBodyRules.RequireTradingEnabled(session);
        var body = request.JsonObject();
        DhanBodyRules.RequireClientId(body, session, _broker.Options);
        var correlationId = JsonFields.OptionalString(body, "correlationId");
        if (correlationId is not null)
        {
            DhanBodyRules.ValidateCorrelationId(correlationId, _broker.Options);
        }

        var side = JsonFields.RequiredEnum(body, "transactionType", DhanWire.TransactionTypes);
        var segment = JsonFields.RequiredEnum(body, "exchangeSegment", DhanWire.ExchangeSegments);
        var product = JsonFields.RequiredEnum(body, "productType", SuperProducts);
        var orderType = JsonFields.RequiredEnum(body, "orderType", SuperOrderTypes);
        var securityId = JsonFields.RequiredString(body, "securityId");
        var quantity = JsonFields.OptionalInt64(body, "quantity", allowNumericString: true) ?? throw new FieldException("quantity is required.");
        var price = JsonFields.OptionalDecimal(body, "price", allowNumericString: true) ?? throw new FieldException("price is required.");
        var target = JsonFields.OptionalDecimal(body, "targetPrice", allowNumericString: true) ?? throw new FieldException("targetPrice is required.");
        var stop = JsonFields.OptionalDecimal(body, "stopLossPrice", allowNumericString: true) ?? throw new FieldException("stopLossPrice is required.");
        var jump = JsonFields.OptionalDecimal(body, "trailingJump", allowNumericString: true) ?? 0m;
        if (segment == "IDX_I")
        {
            throw new FieldException("Orders cannot be placed on exchangeSegment IDX_I.");
        }

        var instrument = _broker.Context.Market.FindDhan(segment, securityId)
            ?? throw new FieldException($"Invalid securityId {securityId} for exchangeSegment {segment}.");
        var ticket = new OrderTicket(
            instrument, side == "BUY" ? OrderSide.Buy : OrderSide.Sell, DhanWire.ToOrderType(orderType), product,
            DhanWire.ToProductClass(product), "DAY", false, quantity, orderType == "LIMIT" ? price : null, null, correlationId);
        DhanOrderEndpoints.Validate(ticket);
        var reference = orderType == "LIMIT" ? price : instrument.LastPrice;
        ValidateTarget(instrument, ticket.Side, reference, target);
        ValidateStop(instrument, ticket.Side, reference, stop, jump);

        var entry = _broker.Context.Engine.Place(session.Principal.Book, ticket, _broker.NewOrderId());
        var order = new DhanSuperOrder(session.Principal, entry, correlationId)
        {
            Target = new DhanSuperOrderLeg(_broker.NewOrderId(), "TARGET_LEG") { Price = target },
            StopLoss = new DhanSuperOrderLeg(_broker.NewOrderId(), "STOP_LOSS_LEG") { Price = stop, TrailingJump = jump },
        };
        if (entry.State is SandboxOrderState.Rejected or SandboxOrderState.Cancelled)
        {
            order.Target.Status = "CANCELLED";
            order.StopLoss.Status = "CANCELLED";
        }

        _orders.Add(order);
        return Ack(entry.Id, entry.State == SandboxOrderState.Rejected ? "REJECTED" : "PENDING");
    }

    /// <summary>
    /// <c>PUT /v2/super/orders/{order-id}</c>: <c>legName</c> ENTRY_LEG (only while the entry is pending: type,
    /// quantity, price, target, stop, trailing jump), TARGET_LEG (<c>targetPrice</c>) or STOP_LOSS_LEG
    /// (<c>stopLossPrice</c>, <c>trailingJump</c>; 0 or absent stops trailing).
    /// </summary>
    public SandboxResponse Modify(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        DhanBodyRules.RequireTradingEnabled(session);
        var body = request.JsonObject();
        DhanBodyRules.RequireClientId(body, session, _broker.Options);
        var orderId = request.Route("orderId");
        if (JsonFields.RequiredString(body, "orderId") != orderId)
        {
            throw new FieldException("orderId in the body must match the order id in the path.");
        }

        var legName = JsonFields.RequiredEnum(body, "legName", Legs);
        var order = Find(session, orderId);
        var entry = order.Entry;
        var instrument = entry.Instrument;
        switch (legName)
        {
            case "ENTRY_LEG":
                if (!entry.IsWorking)
                {
                    throw DhanTradingProtocol.OrderError($"Entry leg is {DhanWire.Status(entry.State)}; only the target and stop-loss legs can be modified.");
                }

                if (entry.Modifications >= _broker.Options.MaxModificationsPerOrder)
                {
                    throw DhanTradingProtocol.OrderError($"Maximum {_broker.Options.MaxModificationsPerOrder} modifications allowed per order.");
                }

                var orderType = JsonFields.RequiredEnum(body, "orderType", SuperOrderTypes);
                var quantity = JsonFields.OptionalInt64(body, "quantity", allowNumericString: true) ?? entry.Ticket.Quantity;
                var price = JsonFields.OptionalDecimal(body, "price", allowNumericString: true) ?? entry.Ticket.Price ?? 0m;
                var target = JsonFields.OptionalDecimal(body, "targetPrice", allowNumericString: true) ?? order.Target.Price;
                var stop = JsonFields.OptionalDecimal(body, "stopLossPrice", allowNumericString: true) ?? order.StopLoss.Price;
                var jump = JsonFields.OptionalDecimal(body, "trailingJump", allowNumericString: true) ?? 0m;
                var changed = entry.Ticket with
                {
                    OrderType = DhanWire.ToOrderType(orderType),
                    Quantity = quantity,
                    Price = orderType == "LIMIT" ? price : null,
                };
                DhanOrderEndpoints.Validate(changed);
                var reference = orderType == "LIMIT" ? price : instrument.LastPrice;
                ValidateTarget(instrument, changed.Side, reference, target);
                ValidateStop(instrument, changed.Side, reference, stop, jump);
                if (changed.Quantity < entry.FilledQuantity)
                {
                    throw new FieldException("quantity is the total order quantity and cannot be less than the quantity already traded.");
                }

                order.Target.Price = target;
                order.StopLoss.Price = stop;
                order.StopLoss.TrailingJump = jump;
                _broker.Context.Engine.Modify(session.Principal.Book, entry, changed);
                break;
            case "TARGET_LEG":
                RequirePending(order.Target);
                var newTarget = JsonFields.OptionalDecimal(body, "targetPrice", allowNumericString: true) ?? throw new FieldException("targetPrice is required for TARGET_LEG.");
                ValidateTarget(instrument, entry.Ticket.Side, EntryReference(entry), newTarget);
                order.Target.Price = newTarget;
                break;
            default:
                RequirePending(order.StopLoss);
                var newStop = JsonFields.OptionalDecimal(body, "stopLossPrice", allowNumericString: true) ?? throw new FieldException("stopLossPrice is required for STOP_LOSS_LEG.");
                var newJump = JsonFields.OptionalDecimal(body, "trailingJump", allowNumericString: true) ?? 0m;
                ValidateStop(instrument, entry.Ticket.Side, EntryReference(entry), newStop, newJump);
                order.StopLoss.Price = newStop;
                order.StopLoss.TrailingJump = newJump;
                order.TrailAnchor = entry.State == SandboxOrderState.Filled ? instrument.LastPrice : null;
                break;
        }

        entry.UpdatedAt = _broker.Context.Clock.GetUtcNow();
        CheckLegs(order);
        return Ack(entry.Id, Status(order));
    }

    /// <summary>
    /// <c>DELETE /v2/super/orders/{order-id}/{order-leg}</c>: ENTRY_LEG cancels the pending entry and every pending leg;
    /// TARGET_LEG or STOP_LOSS_LEG cancels that leg for good. Nothing pending: DH-906 "Nothing to Cancel . ".
    /// </summary>
    public SandboxResponse Cancel(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var order = Find(session, request.Route("orderId"));
        var leg = request.Route("orderLeg");
        if (!Legs.Contains(leg, StringComparer.Ordinal))
        {
            throw new FieldException($"order-leg '{leg}' is invalid; expected one of {string.Join(", ", Legs)}.");
        }

        var cancelled = false;
        if (leg == "ENTRY_LEG")
        {
            if (order.Entry.IsWorking)
            {
                _broker.Context.Engine.Cancel(order.Entry);
                cancelled = true;
            }

            cancelled |= CancelLeg(order.Target);
            cancelled |= CancelLeg(order.StopLoss);
        }
        else
        {
            cancelled = CancelLeg(leg == "TARGET_LEG" ? order.Target : order.StopLoss);
        }

        if (!cancelled)
        {
            throw DhanTradingProtocol.OrderError("Nothing to Cancel . ");
        }

        order.Entry.UpdatedAt = _broker.Context.Clock.GetUtcNow();
        return Ack(order.Entry.Id, "CANCELLED");
    }

    /// <summary><c>GET /v2/super/orders</c>: the entry orders, newest first, each with its <c>legDetails</c>.</summary>
    public SandboxResponse List(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var orders = _orders.Where(o => o.Owner == session.Principal).Reverse().ToList();
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartArray();
            foreach (var order in orders)
            {
                Write(w, order);
            }

            w.WriteEndArray();
        });
    }

    private DhanSuperOrder Find(DhanSession session, string orderId) =>
        _orders.FirstOrDefault(o => o.Owner == session.Principal && o.Entry.Id == orderId)
        ?? throw DhanTradingProtocol.OrderError(DhanTradingProtocol.OrderErrorMessage);

    private static void RequirePending(DhanSuperOrderLeg leg)
    {
        if (leg.Status != "PENDING")
        {
            throw DhanTradingProtocol.OrderError($"{leg.LegName} is {leg.Status} and cannot be modified.");
        }
    }

    private static bool CancelLeg(DhanSuperOrderLeg leg)
    {
        if (leg.Status != "PENDING")
        {
            return false;
        }

        leg.Status = "CANCELLED";
        return true;
    }

    private static decimal EntryReference(SimOrder entry) => entry.AverageFillPrice ?? entry.Ticket.Price ?? entry.Instrument.LastPrice;

    private static void ValidateTarget(InstrumentState instrument, OrderSide side, decimal entryPrice, decimal target)
    {
        RequireOnTick(instrument, "targetPrice", target);
        if (side == OrderSide.Buy ? target <= entryPrice : target >= entryPrice)
        {
            throw new FieldException(string.Create(CultureInfo.InvariantCulture,
                $"targetPrice {target} must be {(side == OrderSide.Buy ? "above" : "below")} the entry price {entryPrice}."));
        }
    }

    private static void ValidateStop(InstrumentState instrument, OrderSide side, decimal entryPrice, decimal stop, decimal jump)
    {
        RequireOnTick(instrument, "stopLossPrice", stop);
        if (side == OrderSide.Buy ? stop >= entryPrice : stop <= entryPrice)
        {
            throw new FieldException(string.Create(CultureInfo.InvariantCulture,
                $"stopLossPrice {stop} must be {(side == OrderSide.Buy ? "below" : "above")} the entry price {entryPrice}."));
        }

        if (jump < 0 || (jump > 0 && !instrument.IsOnTick(jump)))
        {
            throw new FieldException($"trailingJump must be 0 or a positive multiple of the tick size {instrument.Definition.TickSize}.");
        }
    }

    private static void RequireOnTick(InstrumentState instrument, string name, decimal value)
    {
        if (value <= 0 || !instrument.IsOnTick(value))
        {
            throw new FieldException(string.Create(CultureInfo.InvariantCulture,
                $"Invalid {name} {value}: it must be greater than 0 and a multiple of the tick size {instrument.Definition.TickSize}."));
        }
    }

    private void OnPriceChanged(InstrumentState instrument)
    {
        foreach (var order in _orders.Where(o => o.Entry.Instrument == instrument).ToList())
        {
            CheckLegs(order);
        }
    }

    /// <summary>Trails the stop, then sends the first exit leg the price has reached (the other is cancelled).</summary>
    private void CheckLegs(DhanSuperOrder order)
    {
        var entry = order.Entry;
        if (entry.State != SandboxOrderState.Filled || (order.Target.Status != "PENDING" && order.StopLoss.Status != "PENDING"))
        {
            if (entry.State is SandboxOrderState.Cancelled or SandboxOrderState.Rejected)
            {
                CancelLeg(order.Target);
                CancelLeg(order.StopLoss);
            }

            return;
        }

        var last = entry.Instrument.LastPrice;
        var buy = order.IsBuy;
        var stop = order.StopLoss;
        if (stop.Status == "PENDING" && stop.TrailingJump > 0)
        {
            var anchor = order.TrailAnchor ??= entry.AverageFillPrice ?? last;
            while (buy ? last - anchor >= stop.TrailingJump : anchor - last >= stop.TrailingJump)
            {
                anchor += buy ? stop.TrailingJump : -stop.TrailingJump;
                stop.Price += buy ? stop.TrailingJump : -stop.TrailingJump;
            }

            order.TrailAnchor = anchor;
        }

        var target = order.Target;
        var legs = OcoTrigger.Exit(
            buy ? OrderSide.Sell : OrderSide.Buy, target.Status == "PENDING" ? target.Price : null, stop.Status == "PENDING" ? stop.Price : null);
        switch (legs.Check(last))
        {
            case OcoLeg.Target:
                Exit(order, target, SimOrderType.Limit, target.Price);
                CancelLeg(stop);
                break;
            case OcoLeg.StopLoss:
                Exit(order, stop, SimOrderType.Market, null);
                CancelLeg(target);
                break;
        }
    }

    private void Exit(DhanSuperOrder order, DhanSuperOrderLeg leg, SimOrderType type, decimal? price)
    {
        var entry = order.Entry.Ticket;
        var quantity = order.Entry.FilledQuantity;
        var ticket = new OrderTicket(
            entry.Instrument, order.IsBuy ? OrderSide.Sell : OrderSide.Buy, type, entry.Product, entry.ProductClass, "DAY", false,
            quantity, price, null, null);
        _broker.Context.Engine.Place(order.Owner.Book, ticket, leg.OrderId);
        leg.Status = "TRIGGERED";
        leg.TriggeredQuantity = quantity;
    }

    private static string Status(DhanSuperOrder order) =>
        order.Entry.State == SandboxOrderState.Filled && (order.Target.Status == "TRIGGERED" || order.StopLoss.Status == "TRIGGERED")
            ? "CLOSED"
            : DhanWire.Status(order.Entry.State);

    private static SandboxResponse Ack(string orderId, string status) => SandboxResponse.Json(200, w =>
    {
        w.WriteStartObject();
        w.WriteString("orderId", orderId);
        w.WriteString("orderStatus", status);
        w.WriteEndObject();
    });

    private static void Write(Utf8JsonWriter w, DhanSuperOrder order)
    {
        var entry = order.Entry;
        var t = entry.Ticket;
        w.WriteStartObject();
        w.WriteString("dhanClientId", order.Owner.Account.ClientId);
        w.WriteString("orderId", entry.Id);
        w.WriteString("correlationId", order.CorrelationId ?? string.Empty);
        w.WriteString("orderStatus", Status(order));
        w.WriteString("transactionType", order.IsBuy ? "BUY" : "SELL");
        w.WriteString("exchangeSegment", t.Instrument.Definition.DhanExchangeSegment);
        w.WriteString("productType", t.Product);
        w.WriteString("orderType", DhanWire.FromOrderType(t.OrderType));
        w.WriteString("validity", t.Validity);
        w.WriteString("tradingSymbol", t.Instrument.TradingSymbol);
        w.WriteString("securityId", t.Instrument.Definition.DhanSecurityId);
        w.WriteNumber("quantity", t.Quantity);
        w.WriteNumber("remainingQuantity", entry.RemainingQuantity);
        w.WriteNumber("ltp", t.Instrument.LastPrice);
        w.WriteNumber("price", t.Price ?? 0m);
        w.WriteBoolean("afterMarketOrder", false);
        w.WriteString("legName", "ENTRY_LEG");
        w.WriteString("exchangeOrderId", entry.State == SandboxOrderState.Rejected ? string.Empty : entry.ExchangeOrderId);
        w.WriteString("createTime", DhanWire.Time(entry.CreatedAt));
        w.WriteString("updateTime", DhanWire.Time(entry.UpdatedAt));
        w.WriteString("exchangeTime", entry.ExchangeTime is { } exchangeTime ? DhanWire.Time(exchangeTime) : DhanWire.NoTime);
        w.WriteString("omsErrorDescription", entry.State == SandboxOrderState.Rejected ? entry.RejectionReason : string.Empty);
        w.WriteNumber("averageTradedPrice", entry.AverageFillPrice ?? 0m);
        w.WriteNumber("filledQty", entry.FilledQuantity);
        w.WriteString("algoId", string.Empty);
        w.WriteStartArray("legDetails");
        WriteLeg(w, order, order.StopLoss);
        WriteLeg(w, order, order.Target);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteLeg(Utf8JsonWriter w, DhanSuperOrder order, DhanSuperOrderLeg leg)
    {
        var quantity = order.Entry.Ticket.Quantity;
        w.WriteStartObject();
        w.WriteString("orderId", leg.OrderId);
        w.WriteString("legName", leg.LegName);
        w.WriteString("transactionType", order.IsBuy ? "SELL" : "BUY");
        w.WriteNumber("totalQuatity", quantity);
        w.WriteNumber("remainingQuantity", leg.Status == "PENDING" ? quantity : 0);
        w.WriteNumber("triggeredQuantity", leg.TriggeredQuantity);
        w.WriteNumber("price", leg.Price);
        w.WriteString("orderStatus", leg.Status);
        w.WriteNumber("trailingJump", leg.TrailingJump);
        w.WriteEndObject();
    }
}
