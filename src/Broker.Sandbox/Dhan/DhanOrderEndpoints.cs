using System.Globalization;
using System.Text.Json;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Dhan;

/// <summary>Dhan's order endpoints: place, modify, cancel, the order book, by id, by correlation id, and trades.</summary>
internal sealed class DhanOrderEndpoints(DhanBroker broker)
{
    /// <summary><c>POST /v2/orders</c>. Answers <c>{"orderId","orderStatus":"TRANSIT"}</c>, as the live API does; the book tells the rest.</summary>
    public SandboxResponse Create(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        DhanBodyRules.RequireTradingEnabled(session);
        var body = request.JsonObject();
        DhanBodyRules.RequireClientId(body, session, broker.Options);
        var reference = JsonFields.OptionalString(body, "correlationId");
        if (reference is not null)
        {
            DhanBodyRules.ValidateCorrelationId(reference, broker.Options);
        }

        var side = JsonFields.RequiredEnum(body, "transactionType", DhanWire.TransactionTypes);
        var segment = JsonFields.RequiredEnum(body, "exchangeSegment", DhanWire.ExchangeSegments);
        var product = JsonFields.RequiredEnum(body, "productType", DhanWire.ProductTypes);
        var orderType = JsonFields.RequiredEnum(body, "orderType", DhanWire.OrderTypes);
        var validity = JsonFields.RequiredEnum(body, "validity", DhanWire.Validities);
        var securityId = JsonFields.RequiredString(body, "securityId");
        var quantity = JsonFields.OptionalInt64(body, "quantity", allowNumericString: true) ?? throw new FieldException("quantity is required.");
        var disclosed = JsonFields.OptionalInt64(body, "disclosedQuantity", allowNumericString: true) ?? 0;
        var price = JsonFields.OptionalDecimal(body, "price", allowNumericString: true);
        var triggerPrice = JsonFields.OptionalDecimal(body, "triggerPrice", allowNumericString: true);
        var amo = JsonFields.OptionalBoolean(body, "afterMarketOrder") ?? false;
        var amoTime = amo ? JsonFields.RequiredEnum(body, "amoTime", DhanWire.AmoTimes) : null;
        if (segment == "IDX_I")
        {
            throw new FieldException("Orders cannot be placed on exchangeSegment IDX_I.");
        }

        var instrument = broker.Context.Market.FindDhan(segment, securityId)
            ?? throw new FieldException($"Invalid securityId {securityId} for exchangeSegment {segment}.");
        var ticket = new OrderTicket(
            instrument,
            side == "BUY" ? OrderSide.Buy : OrderSide.Sell,
            DhanWire.ToOrderType(orderType),
            product,
            DhanWire.ToProductClass(product),
            validity,
            validity == "IOC",
            quantity,
            price,
            triggerPrice,
            reference,
            disclosed,
            amo,
            amoTime);
        Validate(ticket);
        var order = broker.Context.Engine.Place(session.Principal.Book, ticket, broker.NewOrderId());
        return Ack(order.Id, "TRANSIT");
    }

    /// <summary>
    /// <c>POST /v2/orders/slicing</c>: the same body as a placement, answered with an array of acknowledgements. The
    /// sandbox has no freeze quantities, so every order is one slice.
    /// </summary>
    public SandboxResponse Slice(RequestData request, AuthOutcome auth)
    {
        var ack = Create(request, auth);
        return new SandboxResponse(ack.StatusCode, [.. "["u8.ToArray(), .. ack.Body, .. "]"u8.ToArray()], ack.ContentType);
    }

    /// <summary><c>PUT /v2/orders/{order-id}</c>. <c>quantity</c> is the total placed quantity; at most 25 modifications.</summary>
    public SandboxResponse Modify(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        DhanBodyRules.RequireTradingEnabled(session);
        var orderId = request.Route("orderId");
        var body = request.JsonObject();
        DhanBodyRules.RequireClientId(body, session, broker.Options);
        var bodyOrderId = JsonFields.RequiredString(body, "orderId");
        if (bodyOrderId != orderId)
        {
            throw new FieldException("orderId in the body must match the order id in the path.");
        }

        var orderType = JsonFields.RequiredEnum(body, "orderType", DhanWire.OrderTypes);
        var validity = JsonFields.RequiredEnum(body, "validity", DhanWire.Validities);
        var legName = JsonFields.OptionalString(body, "legName");
        if (!string.IsNullOrEmpty(legName) && !DhanWire.LegNames.Contains(legName, StringComparer.Ordinal))
        {
            throw new FieldException($"legName '{legName}' is invalid.");
        }

        var quantity = JsonFields.OptionalInt64(body, "quantity", allowNumericString: true);
        var price = JsonFields.OptionalDecimal(body, "price", allowNumericString: true);
        var triggerPrice = JsonFields.OptionalDecimal(body, "triggerPrice", allowNumericString: true);
        var disclosed = JsonFields.OptionalInt64(body, "disclosedQuantity", allowNumericString: true);
        var order = session.Principal.Book.FindOrder(orderId) ?? throw DhanTradingProtocol.OrderError(DhanTradingProtocol.OrderErrorMessage);
        if (!order.IsWorking)
        {
            throw DhanTradingProtocol.OrderError($"Order is {DhanWire.Status(order.State)} and cannot be modified.");
        }

        if (order.Modifications >= broker.Options.MaxModificationsPerOrder)
        {
            throw DhanTradingProtocol.OrderError($"Maximum {broker.Options.MaxModificationsPerOrder} modifications allowed per order.");
        }

        var changed = order.Ticket with
        {
            OrderType = DhanWire.ToOrderType(orderType),
            Validity = validity,
            ImmediateOrCancel = validity == "IOC",
            Quantity = quantity ?? order.Ticket.Quantity,
            Price = price ?? order.Ticket.Price,
            TriggerPrice = triggerPrice ?? order.Ticket.TriggerPrice,
            DisclosedQuantity = disclosed ?? order.Ticket.DisclosedQuantity,
        };
        Validate(changed);
        if (changed.Quantity < order.FilledQuantity)
        {
            throw new FieldException("quantity is the total order quantity and cannot be less than the quantity already traded.");
        }

        broker.Context.Engine.Modify(session.Principal.Book, order, changed);
        return Ack(order.Id, "TRANSIT");
    }

    /// <summary><c>DELETE /v2/orders/{order-id}</c>. A finished order gets DH-906 "Nothing to Cancel . " (sic), as observed.</summary>
    public SandboxResponse Cancel(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var order = session.Principal.Book.FindOrder(request.Route("orderId"))
            ?? throw DhanTradingProtocol.OrderError(DhanTradingProtocol.OrderErrorMessage);
        if (!order.IsWorking)
        {
            throw DhanTradingProtocol.OrderError("Nothing to Cancel . ");
        }

        broker.Context.Engine.Cancel(order);
        return Ack(order.Id, DhanWire.Status(order.State));
    }

    /// <summary><c>GET /v2/orders</c>: the day's orders, newest first.</summary>
    public static SandboxResponse List(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var orders = session.Principal.Book.Orders.AsEnumerable().Reverse().ToList();
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartArray();
            foreach (var order in orders)
            {
                DhanWire.WriteOrder(w, session.Principal.Account.ClientId, order);
            }

            w.WriteEndArray();
        });
    }

    /// <summary><c>GET /v2/orders/{order-id}</c>: the order object, or <c>200 []</c> for an unknown id (as measured on the live API).</summary>
    public static SandboxResponse Get(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var order = session.Principal.Book.FindOrder(request.Route("orderId"));
        return order is null
            ? SandboxResponse.Json(200, w => { w.WriteStartArray(); w.WriteEndArray(); })
            : SandboxResponse.Json(200, w => DhanWire.WriteOrder(w, session.Principal.Account.ClientId, order));
    }

    /// <summary><c>GET /v2/orders/external/{correlation-id}</c>: the latest order with it, or 404 DH-906.</summary>
    public static SandboxResponse ByCorrelationId(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var order = session.Principal.Book.FindByReference(request.Route("correlationId"))
            ?? throw DhanTradingProtocol.OrderError(DhanTradingProtocol.OrderErrorMessage, 404);
        return SandboxResponse.Json(200, w => DhanWire.WriteOrder(w, session.Principal.Account.ClientId, order));
    }

    /// <summary><c>GET /v2/trades</c>: the day's trades.</summary>
    public static SandboxResponse Trades(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        return WriteTrades(session, session.Principal.Book.Trades);
    }

    /// <summary><c>GET /v2/trades/{order-id}</c>: the trades of one order (an array).</summary>
    public static SandboxResponse TradesByOrder(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var orderId = request.Route("orderId");
        return WriteTrades(session, session.Principal.Book.Trades.Where(t => t.Order.Id == orderId));
    }

    private static SandboxResponse WriteTrades(DhanSession session, IEnumerable<SimTrade> trades)
    {
        var list = trades.ToList();
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartArray();
            foreach (var trade in list)
            {
                DhanWire.WriteTrade(w, session.Principal.Account.ClientId, trade);
            }

            w.WriteEndArray();
        });
    }

    private static SandboxResponse Ack(string orderId, string status) => SandboxResponse.Json(200, w =>
    {
        w.WriteStartObject();
        w.WriteString("orderId", orderId);
        w.WriteString("orderStatus", status);
        w.WriteEndObject();
    });

    internal static void Validate(OrderTicket ticket)
    {
        var type = DhanWire.FromOrderType(ticket.OrderType);
        if (ticket.Quantity <= 0)
        {
            throw new FieldException("quantity must be greater than zero.");
        }

        if (ticket.DisclosedQuantity < 0 || (ticket.DisclosedQuantity > 0 && ticket.DisclosedQuantity * 10 < ticket.Quantity * 3))
        {
            throw new FieldException("disclosedQuantity must be at least 30% of quantity.");
        }

        if (ticket.OrderType is SimOrderType.Limit or SimOrderType.StopLoss && ticket.Price is not > 0)
        {
            throw new FieldException($"Invalid Price for orderType {type}: a price greater than 0 is required.");
        }

        if (ticket.OrderType is SimOrderType.StopLoss or SimOrderType.StopLossMarket && ticket.TriggerPrice is not > 0)
        {
            throw new FieldException($"triggerPrice is required for orderType {type}.");
        }

        foreach (var (name, value) in new[] { ("price", ticket.Price), ("triggerPrice", ticket.TriggerPrice) })
        {
            if (value is > 0 && !ticket.Instrument.IsOnTick(value.Value))
            {
                throw new FieldException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Invalid {name} {value}: it must be a multiple of the tick size {ticket.Instrument.Definition.TickSize}."));
            }
        }
    }
}
