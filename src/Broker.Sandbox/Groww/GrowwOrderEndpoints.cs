using System.Globalization;
using System.Text.Json;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Groww;

/// <summary>Groww's order endpoints: create, modify, cancel, status (by id and by reference), list, detail, trades.</summary>
internal sealed class GrowwOrderEndpoints(GrowwBroker broker)
{
    private const int DefaultPageSize = 25;

    /// <summary><c>POST /v1/order/create</c>.</summary>
    public SandboxResponse Create(RequestData request, AuthOutcome auth)
    {
        var principal = (GrowwPrincipal)auth.Principal!;
        var body = request.JsonObject();
        var tradingSymbol = JsonFields.RequiredString(body, "trading_symbol");
        var quantity = JsonFields.OptionalInt64(body, "quantity") ?? throw new FieldException("quantity is required.");
        var validity = JsonFields.RequiredEnum(body, "validity", GrowwWire.Validities);
        var exchange = JsonFields.RequiredEnum(body, "exchange", GrowwWire.Exchanges);
        var segment = JsonFields.RequiredEnum(body, "segment", GrowwWire.Segments);
        var product = JsonFields.RequiredEnum(body, "product", GrowwWire.Products);
        var orderType = JsonFields.RequiredEnum(body, "order_type", GrowwWire.OrderTypes);
        var side = JsonFields.RequiredEnum(body, "transaction_type", GrowwWire.TransactionTypes);
        var price = JsonFields.OptionalDecimal(body, "price");
        var triggerPrice = JsonFields.OptionalDecimal(body, "trigger_price");
        var reference = JsonFields.OptionalString(body, "order_reference_id");
        if (reference is not null)
        {
            ValidateReference(reference, "order_reference_id");
            if (principal.Book.Orders.Any(o => string.Equals(o.Ticket.ClientReference, reference, StringComparison.Ordinal)))
            {
                throw GrowwProtocol.Error(400, "GA007", "Duplicate order reference id");
            }
        }

        var instrument = broker.Context.Market.FindGroww(exchange, segment, tradingSymbol)
            ?? throw GrowwProtocol.Error(400, "GA001", "Invalid trading symbol.");
        if (instrument.Definition.IsIndex)
        {
            throw GrowwProtocol.Error(400, "GA001", "Orders cannot be placed on an index.");
        }

        ValidateProductForSegment(product, segment);
        var ticket = new OrderTicket(
            instrument,
            side == "BUY" ? OrderSide.Buy : OrderSide.Sell,
            GrowwWire.ToOrderType(orderType),
            product,
            GrowwWire.ToProductClass(product),
            validity,
            validity == "IOC",
            quantity,
            price,
            triggerPrice,
            reference);
        ValidatePrices(ticket);
        var order = broker.Context.Engine.Place(principal.Book, ticket, broker.NewOrderId());
        return GrowwProtocol.Success(w =>
        {
            w.WriteStartObject();
            w.WriteString("groww_order_id", order.Id);
            w.WriteString("order_status", GrowwWire.Status(order.State));
            GrowwWire.WriteNullableString(w, "order_reference_id", reference);
            w.WriteString("remark", GrowwWire.Remark(order));
            w.WriteEndObject();
        });
    }

    /// <summary><c>POST /v1/order/modify</c>: quantity, price, trigger price and order type of a pending or open order.</summary>
    public SandboxResponse Modify(RequestData request, AuthOutcome auth)
    {
        var principal = (GrowwPrincipal)auth.Principal!;
        var body = request.JsonObject();
        var orderId = JsonFields.RequiredString(body, "groww_order_id");
        var segment = JsonFields.RequiredEnum(body, "segment", GrowwWire.Segments);
        var orderType = JsonFields.RequiredEnum(body, "order_type", GrowwWire.OrderTypes);
        var quantity = JsonFields.OptionalInt64(body, "quantity");
        var price = JsonFields.OptionalDecimal(body, "price");
        var triggerPrice = JsonFields.OptionalDecimal(body, "trigger_price");
        var order = FindOrder(principal, orderId, segment);
        RequireWorking(order, "modified");
        var changed = order.Ticket with
        {
            OrderType = GrowwWire.ToOrderType(orderType),
            Quantity = quantity ?? order.Ticket.Quantity,
            Price = price ?? order.Ticket.Price,
            TriggerPrice = triggerPrice ?? order.Ticket.TriggerPrice,
        };
        ValidatePrices(changed);
        if (changed.Quantity < order.FilledQuantity)
        {
            throw new FieldException("quantity cannot be less than the filled quantity.");
        }

        broker.Context.Engine.Modify(principal.Book, order, changed);
        return GrowwProtocol.Success(w =>
        {
            w.WriteStartObject();
            w.WriteString("groww_order_id", order.Id);
            w.WriteString("order_status", GrowwWire.Status(order.State));
            w.WriteEndObject();
        });
    }

    /// <summary><c>POST /v1/order/cancel</c>.</summary>
    public SandboxResponse Cancel(RequestData request, AuthOutcome auth)
    {
        var principal = (GrowwPrincipal)auth.Principal!;
        var body = request.JsonObject();
        var segment = JsonFields.RequiredEnum(body, "segment", GrowwWire.Segments);
        var orderId = JsonFields.RequiredString(body, "groww_order_id");
        var order = FindOrder(principal, orderId, segment);
        RequireWorking(order, "cancelled");
        broker.Context.Engine.Cancel(order);
        return GrowwProtocol.Success(w =>
        {
            w.WriteStartObject();
            w.WriteString("groww_order_id", order.Id);
            w.WriteString("order_status", GrowwWire.Status(order.State));
            w.WriteEndObject();
        });
    }

    /// <summary><c>GET /v1/order/status/{groww_order_id}?segment=</c>.</summary>
    public static SandboxResponse Status(RequestData request, AuthOutcome auth)
    {
        var principal = (GrowwPrincipal)auth.Principal!;
        var order = FindOrder(principal, request.Route("groww_order_id"), RequiredSegment(request));
        return GrowwProtocol.Success(w => GrowwWire.WriteStatus(w, order));
    }

    /// <summary><c>GET /v1/order/status/reference/{order_reference_id}?segment=</c>.</summary>
    public static SandboxResponse StatusByReference(RequestData request, AuthOutcome auth)
    {
        var principal = (GrowwPrincipal)auth.Principal!;
        var segment = RequiredSegment(request);
        var reference = request.Route("order_reference_id");
        var order = principal.Book.FindByReference(reference);
        if (order is null || order.Instrument.Definition.GrowwSegment != segment)
        {
            throw GrowwProtocol.Error(404, "GA004", "Order not found for the given order reference id.");
        }

        return GrowwProtocol.Success(w => GrowwWire.WriteStatus(w, order));
    }

    /// <summary><c>GET /v1/order/detail/{groww_order_id}?segment=</c>.</summary>
    public static SandboxResponse Detail(RequestData request, AuthOutcome auth)
    {
        var principal = (GrowwPrincipal)auth.Principal!;
        var order = FindOrder(principal, request.Route("groww_order_id"), RequiredSegment(request));
        return GrowwProtocol.Success(w => GrowwWire.WriteOrder(w, order));
    }

    /// <summary><c>GET /v1/order/list?segment=&amp;page=&amp;page_size=</c>: the day's orders, newest first (page size at most 100).</summary>
    public static SandboxResponse List(RequestData request, AuthOutcome auth)
    {
        var principal = (GrowwPrincipal)auth.Principal!;
        var segment = OptionalSegment(request);
        var (page, pageSize) = Paging(request, maxPageSize: 100);
        var orders = principal.Book.Orders
            .Where(o => segment is null || o.Instrument.Definition.GrowwSegment == segment)
            .OrderByDescending(o => o.CreatedAt)
            .Skip(page * pageSize)
            .Take(pageSize)
            .ToList();
        return GrowwProtocol.Success(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("order_list");
            foreach (var order in orders)
            {
                GrowwWire.WriteOrder(w, order);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary><c>GET /v1/order/trades/{groww_order_id}?segment=&amp;page=&amp;page_size=</c> (page size at most 50).</summary>
    public static SandboxResponse Trades(RequestData request, AuthOutcome auth)
    {
        var principal = (GrowwPrincipal)auth.Principal!;
        var order = FindOrder(principal, request.Route("groww_order_id"), RequiredSegment(request));
        var (page, pageSize) = Paging(request, maxPageSize: 50);
        var trades = principal.Book.Trades.Where(t => t.Order == order).Skip(page * pageSize).Take(pageSize).ToList();
        return GrowwProtocol.Success(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("trade_list");
            foreach (var trade in trades)
            {
                GrowwWire.WriteTrade(w, trade);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    internal static string RequiredSegment(RequestData request) =>
        OptionalSegment(request) ?? throw new FieldException("segment is required.");

    internal static string? OptionalSegment(RequestData request)
    {
        var segment = request.Query("segment");
        if (string.IsNullOrEmpty(segment))
        {
            return null;
        }

        return GrowwWire.Segments.Contains(segment, StringComparer.Ordinal)
            ? segment
            : throw new FieldException($"segment '{segment}' is invalid; expected one of CASH, FNO, COMMODITY.");
    }

    private static (int Page, int PageSize) Paging(RequestData request, int maxPageSize)
    {
        var page = ParseNonNegative(request.Query("page"), "page") ?? 0;
        var pageSize = ParseNonNegative(request.Query("page_size"), "page_size") ?? DefaultPageSize;
        if (pageSize is < 1 || pageSize > maxPageSize)
        {
            throw new FieldException($"page_size must be between 1 and {maxPageSize}.");
        }

        return (page, pageSize);
    }

    private static int? ParseNonNegative(string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FieldException($"{name} must be a non-negative whole number.");
    }

    private static SimOrder FindOrder(GrowwPrincipal principal, string orderId, string segment)
    {
        var order = principal.Book.FindOrder(orderId);
        return order is null || order.Instrument.Definition.GrowwSegment != segment
            ? throw GrowwProtocol.Error(404, "GA004", "Order not found.")
            : order;
    }

    private static void RequireWorking(SimOrder order, string action)
    {
        if (!order.IsWorking)
        {
            throw GrowwProtocol.Error(400, "GA006", $"Order cannot be {action} in its current state ({GrowwWire.Status(order.State)}).");
        }
    }

    internal static void ValidateReference(string reference, string name)
    {
        var hyphens = reference.Count(c => c == '-');
        if (reference.Length is < 8 or > 20 || hyphens > 2 || !reference.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new FieldException($"{name} must be 8 to 20 letters or digits with at most two hyphens.");
        }
    }

    private static void ValidateProductForSegment(string product, string segment)
    {
        var allowed = segment == "CASH" ? product is "CNC" or "MIS" : product is "MIS" or "NRML";
        if (!allowed)
        {
            throw new FieldException($"product {product} is not allowed for segment {segment}.");
        }
    }

    private static void ValidatePrices(OrderTicket ticket)
    {
        if (ticket.Quantity <= 0)
        {
            throw new FieldException("quantity must be greater than zero.");
        }

        var wireType = GrowwWire.FromOrderType(ticket.OrderType);
        if (ticket.OrderType is SimOrderType.Limit or SimOrderType.StopLoss && ticket.Price is not > 0)
        {
            throw new FieldException($"price is required for {wireType} orders.");
        }

        if (ticket.OrderType is SimOrderType.StopLoss or SimOrderType.StopLossMarket && ticket.TriggerPrice is not > 0)
        {
            throw new FieldException($"trigger_price is required for {wireType} orders.");
        }

        foreach (var (name, value) in new[] { ("price", ticket.Price), ("trigger_price", ticket.TriggerPrice) })
        {
            if (value is > 0 && !ticket.Instrument.IsOnTick(value.Value))
            {
                throw new FieldException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{name} {value} is not a multiple of the tick size {ticket.Instrument.Definition.TickSize}."));
            }
        }

        if (ticket.OrderType is SimOrderType.Limit or SimOrderType.StopLoss
            && (ticket.Price > ticket.Instrument.UpperCircuit || ticket.Price < ticket.Instrument.LowerCircuit))
        {
            throw new FieldException(string.Create(
                CultureInfo.InvariantCulture,
                $"price must be within the circuit limits {ticket.Instrument.LowerCircuit} to {ticket.Instrument.UpperCircuit}."));
        }
    }
}
