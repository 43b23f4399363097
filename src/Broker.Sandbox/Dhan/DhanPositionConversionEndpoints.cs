using System.Globalization;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Dhan;

/// <summary>
/// <c>POST /v2/positions/convert</c>: moves part or all of an open position from one product to another (e.g.
/// INTRADAY → CNC) at its average price, answering 202 with no body. A long position moved into CNC/MTF joins the
/// holdings as T1 shares (and leaves them when moved out); the move must be covered by the available balance when it
/// needs more margin. Refusals are 400 <c>CONVERT_POSITION_ERROR</c>.
/// </summary>
internal sealed class DhanPositionConversionEndpoints(DhanBroker broker)
{
    private static readonly string[] PositionTypes = ["LONG", "SHORT"];

    public SandboxResponse Convert(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var body = request.JsonObject();
        DhanBodyRules.RequireClientId(body, session, broker.Options);
        var fromProduct = JsonFields.RequiredEnum(body, "fromProductType", DhanWire.ProductTypes);
        var toProduct = JsonFields.RequiredEnum(body, "toProductType", DhanWire.ProductTypes);
        var segment = JsonFields.RequiredEnum(body, "exchangeSegment", DhanWire.ExchangeSegments);
        var positionType = JsonFields.RequiredEnum(body, "positionType", PositionTypes);
        var securityId = JsonFields.RequiredString(body, "securityId");
        var quantity = JsonFields.OptionalInt64(body, "convertQty", allowNumericString: true) ?? throw new FieldException("convertQty is required.");
        if (quantity <= 0)
        {
            throw new FieldException("convertQty must be greater than zero.");
        }

        if (fromProduct == toProduct)
        {
            throw new FieldException("toProductType must differ from fromProductType.");
        }

        var instrument = broker.Context.Market.FindDhan(segment, securityId)
            ?? throw new FieldException($"Invalid securityId {securityId} for exchangeSegment {segment}.");
        var fromClass = DhanWire.ToProductClass(fromProduct);
        var toClass = DhanWire.ToProductClass(toProduct);
        var isLong = positionType == "LONG";
        if (!isLong && (fromClass == ProductClass.Delivery || toClass == ProductClass.Delivery))
        {
            throw Refused("A short position cannot be converted to or from a delivery product.");
        }

        var book = session.Principal.Book;
        if (!book.Positions.TryGetValue((instrument, fromProduct), out var from) || (isLong ? from.NetQuantity <= 0 : from.NetQuantity >= 0))
        {
            throw Refused($"No open {positionType} {fromProduct} position in {instrument.TradingSymbol}.");
        }

        if (quantity > Math.Abs(from.NetQuantity))
        {
            throw Refused($"convertQty {quantity} is more than the open quantity {Math.Abs(from.NetQuantity)}.");
        }

        var average = isLong ? from.BuyValue / from.BuyQuantity : from.SellValue / from.SellQuantity;
        var value = quantity * average;
        var extraMargin = Math.Round(value * (Rate(toClass) - Rate(fromClass)), 2);
        var available = broker.Context.Engine.Available(book);
        if (extraMargin > available)
        {
            throw Refused(string.Create(CultureInfo.InvariantCulture, $"Insufficient funds: the conversion needs {extraMargin:0.00} more margin, available {available:0.00}."));
        }

        if (!book.Positions.TryGetValue((instrument, toProduct), out var to))
        {
            to = new SimPosition(instrument, toProduct, toClass);
            book.Positions[(instrument, toProduct)] = to;
        }

        if (isLong)
        {
            from.BuyQuantity -= quantity;
            from.BuyValue -= value;
            to.BuyQuantity += quantity;
            to.BuyValue += value;
        }
        else
        {
            from.SellQuantity -= quantity;
            from.SellValue -= value;
            to.SellQuantity += quantity;
            to.SellValue += value;
        }

        if (from.BuyQuantity == 0 && from.SellQuantity == 0)
        {
            book.Positions.Remove((instrument, fromProduct));
        }

        if (isLong && fromClass == ProductClass.Delivery)
        {
            RemoveFromHoldings(book, instrument, quantity);
        }

        if (isLong && toClass == ProductClass.Delivery)
        {
            AddToHoldings(book, instrument, quantity, average);
        }

        return new SandboxResponse(202, [], SandboxResponse.JsonContentType);
    }

    private decimal Rate(ProductClass productClass) => productClass == ProductClass.Intraday ? broker.Context.Options.IntradayMarginRate : 1m;

    private static SandboxErrorException Refused(string message) =>
        new(DhanTradingProtocol.Error(400, "CONVERT_POSITION_ERROR", "DH-906", message));

    private static void AddToHoldings(SimAccount book, InstrumentState instrument, long quantity, decimal average)
    {
        if (!book.Holdings.TryGetValue(instrument, out var holding))
        {
            holding = new SimHolding(instrument);
            book.Holdings[instrument] = holding;
        }

        var total = holding.TotalQuantity + quantity;
        holding.AveragePrice = Math.Round(((holding.AveragePrice * holding.TotalQuantity) + (average * quantity)) / total, 2);
        holding.T1Quantity += quantity;
    }

    private static void RemoveFromHoldings(SimAccount book, InstrumentState instrument, long quantity)
    {
        if (!book.Holdings.TryGetValue(instrument, out var holding))
        {
            return;
        }

        var fromT1 = Math.Min(holding.T1Quantity, quantity);
        holding.T1Quantity -= fromT1;
        holding.SettledQuantity -= Math.Min(holding.SettledQuantity, quantity - fromT1);
        if (holding.TotalQuantity == 0)
        {
            book.Holdings.Remove(instrument);
        }
    }
}
