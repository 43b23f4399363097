using System.Globalization;
using System.Text.Json;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Dhan;

/// <summary>
/// Dhan forever orders (<c>/v2/forever/orders</c>): SINGLE (one trigger, one order) and OCO (a target leg and a
/// stop-loss leg; the first reached places its order and the other is dropped). The list has one row per leg, and
/// its <c>orderType</c> holds SINGLE/OCO, as on the live API.
/// </summary>
internal sealed class DhanForeverOrderEndpoints
{
    private static readonly string[] Flags = ["SINGLE", "OCO"];
    private static readonly string[] ForeverProducts = ["CNC", "MTF", "MARGIN"];
    private static readonly string[] ForeverOrderTypes = ["LIMIT", "MARKET"];
    private static readonly string[] ForeverLegs = ["TARGET_LEG", "STOP_LOSS_LEG", "ENTRY_LEG"];
    private readonly DhanBroker _broker;
    private readonly List<DhanForeverOrder> _orders = [];
    private long _sequence;

    public DhanForeverOrderEndpoints(DhanBroker broker)
    {
        _broker = broker;
        broker.Context.Ticks.Register(TickStage.ForeverOrders, OnPriceChanged);
    }

    /// <summary><c>POST /v2/forever/orders</c> → <c>{"orderId","orderStatus":"PENDING"}</c>.</summary>
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

        var flag = JsonFields.RequiredEnum(body, "orderFlag", Flags);
        var side = JsonFields.RequiredEnum(body, "transactionType", DhanWire.TransactionTypes);
        var segment = JsonFields.RequiredEnum(body, "exchangeSegment", DhanWire.ExchangeSegments);
        var product = JsonFields.RequiredEnum(body, "productType", ForeverProducts);
        var orderType = JsonFields.RequiredEnum(body, "orderType", ForeverOrderTypes);
        var validity = JsonFields.RequiredEnum(body, "validity", DhanWire.Validities);
        var securityId = JsonFields.RequiredString(body, "securityId");
        var instrument = _broker.Context.Market.FindDhan(segment, securityId)
            ?? throw new FieldException($"Invalid securityId {securityId} for exchangeSegment {segment}.");
        if (instrument.Definition.IsIndex)
        {
            throw new FieldException("Orders cannot be placed on exchangeSegment IDX_I.");
        }

        var target = Leg(body, "TARGET_LEG", orderType, "quantity", "price", "triggerPrice", instrument);
        var stop = flag == "OCO" ? Leg(body, "STOP_LOSS_LEG", orderType, "quantity1", "price1", "triggerPrice1", instrument) : null;
        var id = (5_130_000_000_000L + Interlocked.Increment(ref _sequence)).ToString(CultureInfo.InvariantCulture);
        var order = new DhanForeverOrder
        {
            Id = id, Owner = session.Principal, Instrument = instrument, Flag = flag, TransactionType = side, ProductType = product,
            Validity = validity, CorrelationId = correlationId, Target = target, StopLoss = stop, CreatedAt = _broker.Context.Clock.GetUtcNow(),
        };
        _orders.Add(order);
        return Ack(order);
    }

    /// <summary><c>PUT /v2/forever/orders/{order-id}</c>: <c>legName</c> picks the leg (TARGET_LEG, or STOP_LOSS_LEG of an OCO).</summary>
    public SandboxResponse Modify(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var body = request.JsonObject();
        DhanBodyRules.RequireClientId(body, session, _broker.Options);
        var orderId = request.Route("orderId");
        if (JsonFields.RequiredString(body, "orderId") != orderId)
        {
            throw new FieldException("orderId in the body must match the order id in the path.");
        }

        JsonFields.RequiredEnum(body, "orderFlag", Flags);
        var orderType = JsonFields.RequiredEnum(body, "orderType", ForeverOrderTypes);
        var legName = JsonFields.RequiredEnum(body, "legName", ForeverLegs);
        var validity = JsonFields.RequiredEnum(body, "validity", DhanWire.Validities);
        var order = Find(session, orderId);
        if (order.Status != "PENDING")
        {
            throw DhanTradingProtocol.OrderError($"Forever order is {order.Status} and cannot be modified.");
        }

        var leg = legName == "STOP_LOSS_LEG"
            ? order.StopLoss ?? throw new FieldException("legName STOP_LOSS_LEG applies to OCO orders only.")
            : order.Target;
        var changed = Leg(body, leg.LegName, orderType, "quantity", "price", "triggerPrice", order.Instrument);
        leg.OrderType = changed.OrderType;
        leg.Quantity = changed.Quantity;
        leg.Price = changed.Price;
        leg.TriggerPrice = changed.TriggerPrice;
        leg.Direction = changed.Direction;
        order.Validity = validity;
        order.UpdatedAt = _broker.Context.Clock.GetUtcNow();
        return Ack(order);
    }

    /// <summary><c>DELETE /v2/forever/orders/{order-id}</c> → <c>{"orderId","orderStatus":"CANCELLED"}</c>.</summary>
    public SandboxResponse Cancel(RequestData request, AuthOutcome auth)
    {
        var order = Find((DhanSession)auth.Principal!, request.Route("orderId"));
        if (order.Status != "PENDING")
        {
            throw DhanTradingProtocol.OrderError("Nothing to Cancel . ");
        }

        order.Status = "CANCELLED";
        order.UpdatedAt = _broker.Context.Clock.GetUtcNow();
        return Ack(order);
    }

    /// <summary><c>GET /v2/forever/orders</c>: one row per leg.</summary>
    public SandboxResponse List(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var orders = _orders.Where(o => o.Owner == session.Principal).ToList();
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartArray();
            foreach (var order in orders)
            {
                WriteLeg(w, order, order.Target);
                if (order.StopLoss is not null)
                {
                    WriteLeg(w, order, order.StopLoss);
                }
            }

            w.WriteEndArray();
        });
    }

    private DhanForeverOrder Find(DhanSession session, string orderId) =>
        _orders.FirstOrDefault(o => o.Owner == session.Principal && o.Id == orderId)
        ?? throw DhanTradingProtocol.OrderError(DhanTradingProtocol.OrderErrorMessage);

    private static DhanForeverLeg Leg(JsonElement body, string legName, string orderType, string quantityName, string priceName, string triggerName, InstrumentState instrument)
    {
        var quantity = JsonFields.OptionalInt64(body, quantityName, allowNumericString: true) ?? throw new FieldException($"{quantityName} is required.");
        var price = JsonFields.OptionalDecimal(body, priceName, allowNumericString: true) ?? 0m;
        var trigger = JsonFields.OptionalDecimal(body, triggerName, allowNumericString: true) ?? 0m;
        if (quantity <= 0)
        {
            throw new FieldException($"{quantityName} must be greater than zero.");
        }

        if (orderType == "LIMIT" && price <= 0)
        {
            throw new FieldException($"Invalid Price for orderType LIMIT: {priceName} greater than 0 is required.");
        }

        if (trigger <= 0)
        {
            throw new FieldException($"{triggerName} is required.");
        }

        return new DhanForeverLeg
        {
            LegName = legName, OrderType = orderType, Quantity = quantity, Price = price, TriggerPrice = trigger,
            Direction = PriceTrigger.Toward(trigger, instrument.LastPrice).Direction,
        };
    }

    private void OnPriceChanged(InstrumentState instrument)
    {
        foreach (var order in _orders.Where(o => o.Status == "PENDING" && o.Instrument == instrument).ToList())
        {
            var leg = new OcoTrigger(order.Target.Trigger, order.StopLoss?.Trigger).Check(instrument.LastPrice) switch
            {
                OcoLeg.Target => order.Target,
                OcoLeg.StopLoss => order.StopLoss,
                _ => null,
            };
            if (leg is null)
            {
                continue;
            }

            var ticket = new OrderTicket(
                instrument, order.TransactionType == "BUY" ? OrderSide.Buy : OrderSide.Sell, DhanWire.ToOrderType(leg.OrderType),
                order.ProductType, DhanWire.ToProductClass(order.ProductType), order.Validity, order.Validity == "IOC", leg.Quantity,
                leg.OrderType == "LIMIT" ? leg.Price : null, null, order.CorrelationId);
            _broker.Context.Engine.Place(order.Owner.Book, ticket, _broker.NewOrderId());
            order.Status = "TRIGGERED";
            order.TriggeredAt = _broker.Context.Clock.GetUtcNow();
            order.UpdatedAt = order.TriggeredAt;
        }
    }

    private static SandboxResponse Ack(DhanForeverOrder order) => SandboxResponse.Json(200, w =>
    {
        w.WriteStartObject();
        w.WriteString("orderId", order.Id);
        w.WriteString("orderStatus", order.Status);
        w.WriteEndObject();
    });

    private static void WriteLeg(Utf8JsonWriter w, DhanForeverOrder order, DhanForeverLeg leg)
    {
        w.WriteStartObject();
        w.WriteString("dhanClientId", order.Owner.Account.ClientId);
        w.WriteString("orderId", order.Id);
        w.WriteString("orderStatus", order.Status);
        w.WriteString("transactionType", order.TransactionType);
        w.WriteString("exchangeSegment", order.Instrument.Definition.DhanExchangeSegment);
        w.WriteString("productType", order.ProductType);
        w.WriteString("orderType", order.Flag);
        w.WriteString("tradingSymbol", order.Instrument.TradingSymbol);
        w.WriteString("securityId", order.Instrument.Definition.DhanSecurityId);
        w.WriteNumber("quantity", leg.Quantity);
        w.WriteNumber("price", leg.Price);
        w.WriteNumber("triggerPrice", leg.TriggerPrice);
        w.WriteString("legName", leg.LegName);
        w.WriteString("createTime", DhanWire.Time(order.CreatedAt));
        if (order.UpdatedAt is { } updated)
        {
            w.WriteString("updateTime", DhanWire.Time(updated));
        }
        else
        {
            w.WriteNull("updateTime");
        }

        if (order.TriggeredAt is { } triggered)
        {
            w.WriteString("exchangeTime", DhanWire.Time(triggered));
        }
        else
        {
            w.WriteNull("exchangeTime");
        }

        w.WriteString("drvExpiryDate", DhanWire.NoDate);
        w.WriteString("drvOptionType", "NA");
        w.WriteNumber("drvStrikePrice", 0);
        w.WriteEndObject();
    }
}
