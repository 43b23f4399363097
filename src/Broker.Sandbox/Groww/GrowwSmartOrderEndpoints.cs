using System.Globalization;
using System.Text.Json;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Groww;

/// <summary>
/// Groww smart orders (<c>/v1/order-advance/*</c>): GTT (one trigger, one order) and OCO (a target and a stop-loss
/// around a position; the first to trigger places its exit and cancels the other). Prices travel as decimal
/// strings (<c>"3985.00"</c>). Create answers 201, modify and cancel 202. A repeated <c>reference_id</c> gets GA007.
/// </summary>
internal sealed class GrowwSmartOrderEndpoints
{
    private static readonly string[] SmartTypes = ["GTT", "OCO"];
    private static readonly string[] Directions = ["UP", "DOWN"];
    private static readonly string[] Statuses = ["ACTIVE", "TRIGGERED", "CANCELLED", "EXPIRED", "FAILED", "COMPLETED"];
    private readonly GrowwBroker _broker;
    private readonly List<GrowwSmartOrder> _orders = [];
    private long _sequence;

    public GrowwSmartOrderEndpoints(GrowwBroker broker)
    {
        _broker = broker;
        broker.Context.Ticks.Register(TickStage.SmartOrders, OnPriceChanged);
    }

    /// <summary><c>POST /v1/order-advance/create</c>.</summary>
    public SandboxResponse Create(RequestData request, AuthOutcome auth)
    {
        var principal = (GrowwPrincipal)auth.Principal!;
        var body = request.JsonObject();
        var reference = JsonFields.RequiredString(body, "reference_id");
        GrowwOrderEndpoints.ValidateReference(reference, "reference_id");
        var type = JsonFields.RequiredEnum(body, "smart_order_type", SmartTypes);
        var segment = JsonFields.RequiredEnum(body, "segment", GrowwWire.Segments);
        if (segment == "COMMODITY")
        {
            throw new FieldException("The COMMODITY segment is not supported for Smart Orders.");
        }

        var symbol = JsonFields.RequiredString(body, "trading_symbol");
        var exchange = JsonFields.RequiredEnum(body, "exchange", GrowwWire.Exchanges);
        var quantity = JsonFields.OptionalInt64(body, "quantity") ?? throw new FieldException("quantity is required.");
        var product = JsonFields.RequiredEnum(body, "product_type", GrowwWire.Products);
        var duration = JsonFields.RequiredString(body, "duration");
        if (quantity <= 0)
        {
            throw new FieldException("quantity must be greater than zero.");
        }

        if (_orders.Any(o => o.Owner == principal && o.ReferenceId == reference))
        {
            throw GrowwProtocol.Error(400, "GA007", "Duplicate order reference id");
        }

        var instrument = _broker.Context.Market.FindGroww(exchange, segment, symbol) ?? throw GrowwProtocol.Error(400, "GA001", "Invalid trading symbol.");
        var now = _broker.Context.Clock.GetUtcNow();
        var id = (type == "GTT" ? "gtt_" : "oco_") + Interlocked.Increment(ref _sequence).ToString("x6", CultureInfo.InvariantCulture);
        var order = new GrowwSmartOrder
        {
            Id = id, Type = type, ReferenceId = reference, Owner = principal, Instrument = instrument, Segment = segment,
            Quantity = quantity, ProductType = product, Duration = duration, CreatedAt = now, UpdatedAt = now,
            ExpireAt = type == "GTT" ? now.AddYears(1) : null,
        };
        if (type == "GTT")
        {
            order.TriggerPrice = RequiredPrice(body, "trigger_price");
            order.TriggerDirection = JsonFields.RequiredEnum(body, "trigger_direction", Directions);
            if (!body.TryGetProperty("order", out var leg) || leg.ValueKind != JsonValueKind.Object)
            {
                throw new FieldException("order is required.");
            }

            order.OrderType = JsonFields.RequiredEnum(leg, "order_type", GrowwWire.OrderTypes);
            order.TransactionType = JsonFields.RequiredEnum(leg, "transaction_type", GrowwWire.TransactionTypes);
            order.Price = OptionalPrice(leg, "price");
            RequirePriceFor(order.OrderType, order.Price, "order.price");
        }
        else
        {
            if (segment == "CASH" && product != "MIS")
            {
                throw new FieldException("For OCO in the CASH segment only the MIS product is supported.");
            }

            order.TransactionType = JsonFields.RequiredEnum(body, "transaction_type", GrowwWire.TransactionTypes);
            order.NetPositionQuantity = JsonFields.OptionalInt64(body, "net_position_quantity") ?? throw new FieldException("net_position_quantity is required.");
            if (quantity > Math.Abs(order.NetPositionQuantity))
            {
                throw new FieldException("quantity cannot exceed the absolute net_position_quantity.");
            }

            order.Target = ReadLeg(body, "target", ["LIMIT", "MARKET"]);
            order.StopLoss = ReadLeg(body, "stop_loss", ["SL", "SL_M"]);
        }

        _orders.Add(order);
        return GrowwProtocol.Success(w => Write(w, order), 201);
    }

    /// <summary><c>PUT /v1/order-advance/modify/{smart_order_id}</c>: only the documented modifiable fields are honoured.</summary>
    public SandboxResponse Modify(RequestData request, AuthOutcome auth)
    {
        var body = request.JsonObject();
        var type = JsonFields.RequiredEnum(body, "smart_order_type", SmartTypes);
        var segment = JsonFields.RequiredEnum(body, "segment", GrowwWire.Segments);
        var order = Find((GrowwPrincipal)auth.Principal!, segment, type, request.Route("smart_order_id"));
        if (!order.IsActive)
        {
            throw GrowwProtocol.Error(400, "GA006", $"Smart order cannot be modified in its current state ({order.Status}).");
        }

        order.Quantity = JsonFields.OptionalInt64(body, "quantity") ?? order.Quantity;
        if (type == "GTT")
        {
            order.TriggerPrice = OptionalPrice(body, "trigger_price") ?? order.TriggerPrice;
            order.TriggerDirection = JsonFields.OptionalString(body, "trigger_direction") is { } direction
                ? (Directions.Contains(direction) ? direction : throw new FieldException($"trigger_direction '{direction}' is invalid; expected UP or DOWN."))
                : order.TriggerDirection;
            if (body.TryGetProperty("order", out var leg) && leg.ValueKind == JsonValueKind.Object)
            {
                var orderType = JsonFields.OptionalString(leg, "order_type") ?? order.OrderType;
                order.OrderType = GrowwWire.OrderTypes.Contains(orderType) ? orderType : throw new FieldException($"order.order_type '{orderType}' is invalid.");
                order.Price = OptionalPrice(leg, "price") ?? order.Price;
                RequirePriceFor(order.OrderType, order.Price, "order.price");
            }
        }
        else
        {
            order.Duration = JsonFields.OptionalString(body, "duration") ?? order.Duration;
            order.ProductType = JsonFields.OptionalString(body, "product_type") ?? order.ProductType;
            if (body.TryGetProperty("target", out var target) && target.ValueKind == JsonValueKind.Object)
            {
                order.Target!.TriggerPrice = OptionalPrice(target, "trigger_price") ?? order.Target.TriggerPrice;
            }

            if (body.TryGetProperty("stop_loss", out var stop) && stop.ValueKind == JsonValueKind.Object)
            {
                order.StopLoss!.TriggerPrice = OptionalPrice(stop, "trigger_price") ?? order.StopLoss.TriggerPrice;
            }
        }

        order.UpdatedAt = _broker.Context.Clock.GetUtcNow();
        CheckTrigger(order);
        return GrowwProtocol.Success(w => Write(w, order), 202);
    }

    /// <summary><c>POST /v1/order-advance/cancel/{segment}/{smart_order_type}/{smart_order_id}</c> (no body).</summary>
    public SandboxResponse Cancel(RequestData request, AuthOutcome auth)
    {
        var order = Find((GrowwPrincipal)auth.Principal!, request.Route("segment"), request.Route("smart_order_type"), request.Route("smart_order_id"));
        if (!order.IsActive)
        {
            throw GrowwProtocol.Error(400, "GA006", $"Smart order cannot be cancelled in its current state ({order.Status}).");
        }

        order.Status = "CANCELLED";
        order.Remark = "Smart order cancelled";
        order.UpdatedAt = _broker.Context.Clock.GetUtcNow();
        return GrowwProtocol.Success(
            w =>
            {
                w.WriteStartObject();
                w.WriteString("smart_order_id", order.Id);
                w.WriteString("smart_order_type", order.Type);
                w.WriteString("status", order.Status);
                w.WriteEndObject();
            },
            202);
    }

    /// <summary><c>GET /v1/order-advance/status/{segment}/{smart_order_type}/internal/{smart_order_id}</c>.</summary>
    public SandboxResponse Get(RequestData request, AuthOutcome auth)
    {
        var order = Find((GrowwPrincipal)auth.Principal!, request.Route("segment"), request.Route("smart_order_type"), request.Route("smart_order_id"));
        return GrowwProtocol.Success(w => Write(w, order));
    }

    /// <summary>
    /// <c>GET /v1/order-advance/list</c>: filters <c>segment</c>, <c>smart_order_type</c> (default OCO), <c>status</c>
    /// (default ACTIVE), <c>page</c> (0–500), <c>page_size</c> (1–50, default 10).
    /// </summary>
    public SandboxResponse List(RequestData request, AuthOutcome auth)
    {
        var principal = (GrowwPrincipal)auth.Principal!;
        var segment = GrowwOrderEndpoints.OptionalSegment(request);
        var type = request.Query("smart_order_type") ?? "OCO";
        var status = request.Query("status") ?? "ACTIVE";
        if (!SmartTypes.Contains(type))
        {
            throw new FieldException($"smart_order_type '{type}' is invalid; expected GTT or OCO.");
        }

        if (!Statuses.Contains(status))
        {
            throw new FieldException($"status '{status}' is invalid.");
        }

        var page = int.TryParse(request.Query("page") ?? "0", NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p <= 500
            ? p
            : throw new FieldException("page must be between 0 and 500.");
        var pageSize = int.TryParse(request.Query("page_size") ?? "10", NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s is >= 1 and <= 50
            ? s
            : throw new FieldException("page_size must be between 1 and 50.");
        var list = _orders
            .Where(o => o.Owner == principal && o.Type == type && o.Status == status && (segment is null || o.Segment == segment))
            .OrderByDescending(o => o.CreatedAt)
            .Skip(page * pageSize)
            .Take(pageSize)
            .ToList();
        return GrowwProtocol.Success(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("orders");
            foreach (var order in list)
            {
                Write(w, order);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private GrowwSmartOrder Find(GrowwPrincipal principal, string segment, string type, string id) =>
        _orders.FirstOrDefault(o => o.Owner == principal && o.Id == id && o.Segment == segment && o.Type == type)
        ?? throw GrowwProtocol.Error(404, "GA004", "Smart order not found.");

    private void OnPriceChanged(InstrumentState instrument)
    {
        foreach (var order in _orders.Where(o => o.IsActive && o.Instrument == instrument).ToList())
        {
            CheckTrigger(order);
        }
    }

    private void CheckTrigger(GrowwSmartOrder order)
    {
        switch (Trigger(order).Check(order.Instrument.LastPrice))
        {
            case OcoLeg.Target when order.Type == "GTT":
                Fire(order, order.OrderType, order.Price, order.TriggerPrice);
                break;
            case OcoLeg.Target:
                Fire(order, order.Target!.OrderType, order.Target.Price, null);
                break;
            case OcoLeg.StopLoss:
                Fire(order, order.StopLoss!.OrderType, order.StopLoss.Price, order.StopLoss.TriggerPrice);
                break;
        }
    }

    /// <summary>A GTT names its direction; an OCO's legs follow from its exit side (SELL closes a long, BUY a short).</summary>
    private static OcoTrigger Trigger(GrowwSmartOrder order) => order.Type == "GTT"
        ? OcoTrigger.Single(new PriceTrigger(order.TriggerPrice, order.TriggerDirection == "UP" ? TriggerDirection.Rise : TriggerDirection.Fall))
        : OcoTrigger.Exit(order.TransactionType == "SELL" ? OrderSide.Sell : OrderSide.Buy, order.Target!.TriggerPrice, order.StopLoss!.TriggerPrice);

    private void Fire(GrowwSmartOrder order, string orderType, decimal? price, decimal? trigger)
    {
        var side = order.TransactionType == "BUY" ? OrderSide.Buy : OrderSide.Sell;
        var ticket = new OrderTicket(
            order.Instrument, side, GrowwWire.ToOrderType(orderType), order.ProductType, GrowwWire.ToProductClass(order.ProductType),
            "DAY", false, order.Quantity, price, orderType is "SL" or "SL_M" ? trigger : null, null);
        var child = _broker.Context.Engine.Place(order.Owner.Book, ticket, _broker.NewOrderId());
        order.ChildOrderId = child.Id;
        order.Status = child.State == SandboxOrderState.Rejected ? "FAILED" : "TRIGGERED";
        order.Remark = child.State == SandboxOrderState.Rejected ? child.RejectionReason ?? "Order rejected" : $"Order {child.Id} placed";
        order.TriggeredAt = _broker.Context.Clock.GetUtcNow();
        order.UpdatedAt = order.TriggeredAt.Value;
    }

    private static GrowwOcoLeg ReadLeg(JsonElement body, string name, string[] orderTypes)
    {
        if (!body.TryGetProperty(name, out var leg) || leg.ValueKind != JsonValueKind.Object)
        {
            throw new FieldException($"{name} is required.");
        }

        var result = new GrowwOcoLeg
        {
            TriggerPrice = RequiredPrice(leg, "trigger_price"),
            OrderType = JsonFields.RequiredEnum(leg, "order_type", orderTypes),
            Price = OptionalPrice(leg, "price"),
        };
        RequirePriceFor(result.OrderType, result.Price, name + ".price");
        return result;
    }

    private static void RequirePriceFor(string orderType, decimal? price, string name)
    {
        if (orderType is "LIMIT" or "SL" && price is not > 0)
        {
            throw new FieldException($"{name} is required for {orderType} orders.");
        }
    }

    /// <summary>Smart-order prices are decimal strings; a JSON number is accepted too.</summary>
    private static decimal? OptionalPrice(JsonElement body, string name) => JsonFields.OptionalDecimal(body, name, allowNumericString: true);

    private static decimal RequiredPrice(JsonElement body, string name) =>
        OptionalPrice(body, name) is { } value && value > 0 ? value : throw new FieldException($"{name} is required.");

    private static string Money(decimal? value) => (value ?? 0m).ToString("0.00", CultureInfo.InvariantCulture);

    private static void WriteNullableMoney(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, Money(value));
        }
    }

    private static void Write(Utf8JsonWriter w, GrowwSmartOrder o)
    {
        w.WriteStartObject();
        w.WriteString("smart_order_id", o.Id);
        w.WriteString("smart_order_type", o.Type);
        w.WriteString("status", o.Status);
        w.WriteString("trading_symbol", o.Instrument.TradingSymbol);
        w.WriteString("exchange", o.Instrument.Definition.Exchange);
        w.WriteNumber("quantity", o.Quantity);
        w.WriteString("product_type", o.ProductType);
        w.WriteString("duration", o.Duration);
        if (o.Type == "GTT")
        {
            w.WriteStartObject("order");
            w.WriteString("order_type", o.OrderType);
            WriteNullableMoney(w, "price", o.Price);
            w.WriteString("transaction_type", o.TransactionType);
            w.WriteEndObject();
            w.WriteString("trigger_direction", o.TriggerDirection);
            w.WriteString("trigger_price", Money(o.TriggerPrice));
            w.WriteNull("child_legs");
        }
        else
        {
            w.WriteString("transaction_type", o.TransactionType);
            w.WriteNumber("net_position_quantity", o.NetPositionQuantity);
            foreach (var (name, leg) in new[] { ("target", o.Target!), ("stop_loss", o.StopLoss!) })
            {
                w.WriteStartObject(name);
                w.WriteString("trigger_price", Money(leg.TriggerPrice));
                w.WriteString("order_type", leg.OrderType);
                WriteNullableMoney(w, "price", leg.Price);
                w.WriteEndObject();
            }
        }

        w.WriteNumber("ltp", o.Instrument.LastPrice);
        w.WriteString("segment", o.Segment);
        w.WriteString("remark", o.Remark);
        w.WriteString("display_name", o.Instrument.Definition.DisplayName);
        w.WriteString("reference_id", o.ReferenceId);
        w.WriteBoolean("is_cancellation_allowed", o.IsActive);
        w.WriteBoolean("is_modification_allowed", o.IsActive);
        w.WriteString("created_at", GrowwWire.Time(o.CreatedAt));
        if (o.ExpireAt is { } expireAt)
        {
            w.WriteString("expire_at", GrowwWire.Time(expireAt));
        }
        else
        {
            w.WriteNull("expire_at");
        }

        if (o.TriggeredAt is { } triggeredAt)
        {
            w.WriteString("triggered_at", GrowwWire.Time(triggeredAt));
        }
        else
        {
            w.WriteNull("triggered_at");
        }

        w.WriteString("updated_at", GrowwWire.Time(o.UpdatedAt));
        w.WriteEndObject();
    }
}
