using Broker.Sandbox.Engine;
using Broker.Sandbox.Hosting;

namespace Broker.Sandbox;

/// <summary>
/// A live view of one account on the server: its book, positions, holdings, funds and tokens. Every property reads
/// the current state (a consistent snapshot per call).
/// </summary>
public sealed class SandboxAccountState
{
    private readonly SandboxContext _context;
    private readonly SimAccount _book;
    private readonly TokenStore _tokens;
    private readonly Func<int> _tokensMinted;
    private readonly Func<SandboxOrderState, string> _status;
    private readonly Func<SimOrderType, string> _orderType;

    internal SandboxAccountState(
        SandboxContext context,
        SimAccount book,
        TokenStore tokens,
        Func<int> tokensMinted,
        Func<SandboxOrderState, string> status,
        Func<SimOrderType, string> orderType)
    {
        _context = context;
        _book = book;
        _tokens = tokens;
        _tokensMinted = tokensMinted;
        _status = status;
        _orderType = orderType;
    }

    /// <summary>The account id: Groww UCC or Dhan client id.</summary>
    public string Id => _book.Id;

    /// <summary>How many access tokens the auth endpoints have minted (or renewed) for this account.</summary>
    public int TokensMinted => Read(_tokensMinted);

    /// <summary>
    /// The newest access token that is valid now on the server clock (the pre-issued one until a flow mints another),
    /// or <see langword="null"/>. Useful to configure a client with a static token; never log it.
    /// </summary>
    public string? ActiveAccessToken => Read(() => _tokens.ActiveToken(_book.Id, _context.Clock.GetUtcNow()));

    /// <summary>Every order, oldest first.</summary>
    public IReadOnlyList<SandboxOrder> Orders => Read(() => _book.Orders.Select(ToOrder).ToList());

    /// <summary>Every fill, oldest first.</summary>
    public IReadOnlyList<SandboxTrade> Trades => Read(() => _book.Trades.Select(t => new SandboxTrade(
        t.TradeId, t.ExchangeTradeId, t.Order.Id, t.Order.Instrument.TradingSymbol, Side(t.Order.Ticket), t.Quantity, t.Price, t.Time)).ToList());

    /// <summary>The day's positions.</summary>
    public IReadOnlyList<SandboxPosition> Positions => Read(() => _book.Positions.Values.Select(p => new SandboxPosition(
        p.Instrument.TradingSymbol, p.Product, p.BuyQuantity, p.BuyAverage, p.SellQuantity, p.SellAverage, p.NetQuantity,
        p.RealizedProfit, p.UnrealizedProfit)).ToList());

    /// <summary>Demat holdings.</summary>
    public IReadOnlyList<SandboxHolding> Holdings => Read(() => _book.Holdings.Values.Select(h => new SandboxHolding(
        h.Instrument.TradingSymbol, h.TotalQuantity, h.T1Quantity, h.AveragePrice)).ToList());

    /// <summary>Cash and margin.</summary>
    public SandboxFunds Funds => Read(() => new SandboxFunds(
        _book.OpeningBalance,
        _context.Engine.Available(_book),
        _context.Engine.BlockedByOrders(_book),
        _context.Engine.UsedByPositions(_book),
        TradingEngine.RealizedProfit(_book)));

    /// <summary>
    /// Invalidates every access token of the account at once, as a server-side logout would: the next call with one
    /// gets the broker's authentication error (Groww 401; Dhan 400 DH-906 "Invalid Token").
    /// </summary>
    public void RevokeAccessTokens()
    {
        lock (_context.Gate)
        {
            _tokens.SupersedeAll(_book.Id);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{_book.Broker} account {Id}";

    private static string Side(OrderTicket ticket) => ticket.Side == OrderSide.Buy ? "BUY" : "SELL";

    private SandboxOrder ToOrder(SimOrder o) => new(
        o.Id,
        o.Ticket.ClientReference,
        o.Instrument.TradingSymbol,
        Side(o.Ticket),
        _orderType(o.Ticket.OrderType),
        o.Ticket.Product,
        o.Ticket.Quantity,
        o.Ticket.Price,
        o.Ticket.TriggerPrice,
        o.FilledQuantity,
        o.AverageFillPrice,
        o.State,
        _status(o.State),
        o.RejectionReason,
        o.Modifications,
        o.CreatedAt);

    private T Read<T>(Func<T> read)
    {
        lock (_context.Gate)
        {
            return read();
        }
    }
}
