using System.Globalization;
using System.Text.Json;
using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;
using Broker.Time;

namespace Broker.Sandbox.Dhan;

/// <summary>
/// Dhan statements, derived from the account's book: the ledger (<c>GET /v2/ledger</c>) and the paged trade history
/// (<c>GET /v2/trades/{from-date}/{to-date}/{page}</c>). Dates are IST calendar days, both ends inclusive.
/// </summary>
internal sealed class DhanStatementEndpoints
{
    /// <summary>Rows per trade-history page; a page past the end is an empty array.</summary>
    public const int TradeHistoryPageSize = 20;

    /// <summary>
    /// <c>GET /v2/ledger?from-date=YYYY-MM-DD&amp;to-date=YYYY-MM-DD</c>: an "Opening Balance" row dated
    /// <c>from-date</c> (the opening balance plus everything booked before it), then one row per trade in the range — a
    /// buy debits its value, a sell credits it — with the running balance. Amounts are strings, as on the live API.
    /// </summary>
    public static SandboxResponse Ledger(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var from = QueryDate(request, "from-date");
        var to = QueryDate(request, "to-date");
        RequireRange(from, to);
        var book = session.Principal.Book;
        var clientId = session.Principal.Account.ClientId;
        var balance = book.OpeningBalance + book.Trades.Where(t => Day(t.Time) < from).Sum(Amount);
        var rows = book.Trades.Where(t => Day(t.Time) >= from && Day(t.Time) <= to).ToList();
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartArray();
            Entry(w, clientId, from, "Opening Balance", string.Empty, "Opening Balance", string.Empty, 0m, 0m, balance);
            foreach (var trade in rows)
            {
                var amount = Amount(trade);
                balance += amount;
                var t = trade.Order.Ticket;
                var side = t.Side == OrderSide.Buy ? "Bought" : "Sold";
                var narration = string.Create(CultureInfo.InvariantCulture, $"{side} {trade.Quantity} {t.Instrument.TradingSymbol} @ {trade.Price:0.00}");
                Entry(w, clientId, Day(trade.Time), narration, t.Instrument.Definition.Exchange, "Trade", trade.ExchangeTradeId,
                    amount < 0 ? -amount : 0m, amount > 0 ? amount : 0m, balance);
            }

            w.WriteEndArray();
        });
    }

    /// <summary>
    /// <c>GET /v2/trades/{from-date}/{to-date}/{page}</c>: the trades in the range, oldest first,
    /// <see cref="TradeHistoryPageSize"/> per page (page 0 first), with the sandbox's statutory charges.
    /// </summary>
    public static SandboxResponse TradeHistory(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var from = PathDate(request.Route("fromDate"), "from-date");
        var to = PathDate(request.Route("toDate"), "to-date");
        RequireRange(from, to);
        if (!int.TryParse(request.Route("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var page))
        {
            throw new FieldException("page must be a whole number, 0 or more.");
        }

        var trades = session.Principal.Book.Trades
            .Where(t => Day(t.Time) >= from && Day(t.Time) <= to)
            .Skip(page * TradeHistoryPageSize)
            .Take(TradeHistoryPageSize)
            .ToList();
        var clientId = session.Principal.Account.ClientId;
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartArray();
            foreach (var trade in trades)
            {
                WriteHistory(w, clientId, trade);
            }

            w.WriteEndArray();
        });
    }

    /// <summary>Cash effect of a trade: a buy's value out (negative), a sell's value in.</summary>
    private static decimal Amount(SimTrade trade) =>
        (trade.Order.Ticket.Side == OrderSide.Buy ? -1m : 1m) * Math.Round(trade.Quantity * trade.Price, 2);

    private static DateOnly Day(DateTimeOffset time) => DateOnly.FromDateTime(IndianTime.ToIst(time).DateTime);

    private static DateOnly QueryDate(RequestData request, string name) =>
        PathDate(request.Query(name) ?? throw new FieldException($"{name} is required."), name);

    private static DateOnly PathDate(string text, string name) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FieldException($"{name} must be YYYY-MM-DD.");

    private static void RequireRange(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new FieldException("to-date must not be before from-date.");
        }
    }

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static void Entry(Utf8JsonWriter w, string clientId, DateOnly date, string narration, string exchange, string description, string voucher, decimal debit, decimal credit, decimal balance)
    {
        w.WriteStartObject();
        w.WriteString("dhanClientId", clientId);
        w.WriteString("narration", narration);
        w.WriteString("voucherdate", date.ToString("MMM dd, yyyy", CultureInfo.InvariantCulture));
        w.WriteString("exchange", exchange);
        w.WriteString("voucherdesc", description);
        w.WriteString("vouchernumber", voucher);
        w.WriteString("debit", Money(debit));
        w.WriteString("credit", Money(credit));
        w.WriteString("runbal", Money(balance));
        w.WriteEndObject();
    }

    /// <summary>
    /// One trade-history row. Charges follow a simple, fixed schedule (not Dhan's tariff): brokerage ₹20 or 0.03 %,
    /// whichever is lower, on intraday and carry-forward trades and none on delivery; STT 0.1 % on delivery and 0.025 %
    /// on intraday sells; exchange charges 0.00297 %; SEBI fees 0.0001 %; GST 18 % of brokerage, exchange and SEBI
    /// charges; stamp duty on buys 0.015 % (delivery) or 0.003 % (otherwise).
    /// </summary>
    private static void WriteHistory(Utf8JsonWriter w, string clientId, SimTrade trade)
    {
        var t = trade.Order.Ticket;
        var value = trade.Quantity * trade.Price;
        var delivery = t.ProductClass == ProductClass.Delivery;
        var buy = t.Side == OrderSide.Buy;
        var brokerage = delivery ? 0m : Math.Min(20m, R(value * 0.0003m));
        var stt = delivery ? R(value * 0.001m) : buy ? 0m : R(value * 0.00025m);
        var exchange = R(value * 0.0000297m);
        var sebi = R(value * 0.000001m);
        var gst = R((brokerage + exchange + sebi) * 0.18m);
        var stamp = buy ? R(value * (delivery ? 0.00015m : 0.00003m)) : 0m;
        w.WriteStartObject();
        w.WriteString("dhanClientId", clientId);
        w.WriteString("orderId", trade.Order.Id);
        w.WriteString("exchangeOrderId", trade.Order.ExchangeOrderId);
        w.WriteString("exchangeTradeId", trade.ExchangeTradeId);
        w.WriteString("transactionType", buy ? "BUY" : "SELL");
        w.WriteString("exchangeSegment", t.Instrument.Definition.DhanExchangeSegment);
        w.WriteString("productType", t.Product);
        w.WriteString("orderType", DhanWire.FromOrderType(t.OrderType));
        w.WriteString("tradingSymbol", t.Instrument.TradingSymbol);
        w.WriteString("customSymbol", t.Instrument.Definition.DisplayName);
        w.WriteString("securityId", t.Instrument.Definition.DhanSecurityId);
        w.WriteNumber("tradedQuantity", trade.Quantity);
        w.WriteNumber("tradedPrice", trade.Price);
        w.WriteString("isin", t.Instrument.Definition.Isin ?? "NA");
        w.WriteString("instrument", "EQUITY");
        w.WriteNumber("sebiTax", sebi);
        w.WriteNumber("stt", stt);
        w.WriteNumber("brokerageCharges", brokerage);
        w.WriteNumber("serviceTax", gst);
        w.WriteNumber("exchangeTransactionCharges", exchange);
        w.WriteNumber("stampDuty", stamp);
        w.WriteString("createTime", DhanWire.Time(trade.Time));
        w.WriteString("updateTime", DhanWire.Time(trade.Time));
        w.WriteString("exchangeTime", DhanWire.Time(trade.Time));
        w.WriteString("drvExpiryDate", "NA");
        w.WriteString("drvOptionType", "NA");
        w.WriteNumber("drvStrikePrice", 0);
        w.WriteEndObject();
    }

    private static decimal R(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
