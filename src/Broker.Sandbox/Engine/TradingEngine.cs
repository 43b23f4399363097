using System.Globalization;

namespace Broker.Sandbox.Engine;

/// <summary>
/// The broker-neutral matching and accounting engine. Market orders fill at the last price; limit orders fill when
/// the last price reaches them (at the limit or better); stop-loss orders wait for their trigger, then behave as a
/// limit (SL) or market (SL-M) order. Every fill is complete. Callers hold the sandbox's lock. On a price tick it is
/// the first stage (<see cref="TickStage.RestingOrderFills"/>), so everything after sees the tick's fills.
/// </summary>
internal sealed class TradingEngine
{
    private readonly TimeProvider _clock;
    private readonly decimal _intradayMarginRate;
    private readonly long? _maxFillQuantity;
    private readonly List<SimAccount> _accounts = [];
    private long _tradeSequence;
    private long _exchangeOrderSequence;

    public TradingEngine(TimeProvider clock, decimal intradayMarginRate, long? maxFillQuantity, TickDispatcher ticks)
    {
        _clock = clock;
        _intradayMarginRate = intradayMarginRate;
        _maxFillQuantity = maxFillQuantity;
        ticks.Register(TickStage.RestingOrderFills, OnPriceChanged);
    }

    /// <summary>
    /// Raised (under the sandbox's lock) after each change a broker would report for an order: placed (resting or
    /// rejected), modified, filled or partly filled, cancelled. A market order that fills at once raises it twice,
    /// placed then filled, as the exchange would report it. Handlers must be quick and must not block.
    /// </summary>
    public event Action<SimOrder>? OrderChanged;

    public SimAccount AddAccount(string broker, string id, decimal openingBalance, IEnumerable<SandboxHoldingSeed> holdings, SandboxMarket market)
    {
        var account = new SimAccount(broker, id, openingBalance);
        foreach (var seed in holdings)
        {
            var instrument = market.Find(seed.TradingSymbol)
                ?? throw new ArgumentException($"Holding of unknown instrument '{seed.TradingSymbol}' for {broker} account {id}.");
            account.Holdings[instrument] = new SimHolding(instrument) { SettledQuantity = seed.Quantity, AveragePrice = seed.AveragePrice };
        }

        _accounts.Add(account);
        return account;
    }

    public SimOrder Place(SimAccount account, OrderTicket ticket, string orderId)
    {
        var now = _clock.GetUtcNow();
        var exchangeOrderId = (1_100_000_000_000_000L + Interlocked.Increment(ref _exchangeOrderSequence)).ToString(CultureInfo.InvariantCulture);
        var order = new SimOrder(account, orderId, exchangeOrderId, ticket, now);
        account.Orders.Add(order);

        var refusal = RiskCheck(account, order);
        if (refusal is not null)
        {
            order.State = SandboxOrderState.Rejected;
            order.RejectionReason = refusal;
            OrderChanged?.Invoke(order);
            return order;
        }

        order.ExchangeTime = now;
        order.State = IsStop(ticket.OrderType) ? SandboxOrderState.TriggerPending : SandboxOrderState.Open;
        OrderChanged?.Invoke(order);
        TryExecute(account, order);
        if (ticket.ImmediateOrCancel && order.IsWorking)
        {
            order.State = SandboxOrderState.Cancelled;
            order.UpdatedAt = now;
            OrderChanged?.Invoke(order);
        }

        return order;
    }

    public void Modify(SimAccount account, SimOrder order, OrderTicket changed)
    {
        order.Ticket = changed;
        order.Modifications++;
        order.UpdatedAt = _clock.GetUtcNow();
        if (order.State == SandboxOrderState.Open && IsStop(changed.OrderType))
        {
            order.State = SandboxOrderState.TriggerPending;
        }
        else if (order.State == SandboxOrderState.TriggerPending && !IsStop(changed.OrderType))
        {
            order.State = SandboxOrderState.Open;
        }

        OrderChanged?.Invoke(order);
        TryExecute(account, order);
    }

    public void Cancel(SimOrder order)
    {
        order.State = SandboxOrderState.Cancelled;
        order.UpdatedAt = _clock.GetUtcNow();
        OrderChanged?.Invoke(order);
    }

    /// <summary>Cash available for new orders: opening balance plus booked profit, less margin blocked by open orders and positions.</summary>
    public decimal Available(SimAccount account) =>
        account.OpeningBalance + RealizedProfit(account) - BlockedByOrders(account) - UsedByPositions(account);

    public static decimal RealizedProfit(SimAccount account) => account.Positions.Values.Sum(p => p.RealizedProfit);

    public decimal BlockedByOrders(SimAccount account) =>
        account.Orders.Where(o => o.IsWorking).Sum(o => OrderMargin(o.Ticket, o.RemainingQuantity));

    public decimal UsedByPositions(SimAccount account) => account.Positions.Values.Sum(PositionMargin);

    public decimal UsedByPositions(SimAccount account, ProductClass productClass) =>
        account.Positions.Values.Where(p => p.ProductClass == productClass).Sum(PositionMargin);

    public decimal BlockedByOrders(SimAccount account, ProductClass productClass) =>
        account.Orders.Where(o => o.IsWorking && o.Ticket.ProductClass == productClass).Sum(o => OrderMargin(o.Ticket, o.RemainingQuantity));

    private static bool IsStop(SimOrderType type) => type is SimOrderType.StopLoss or SimOrderType.StopLossMarket;

    private decimal MarginRate(ProductClass productClass) => productClass == ProductClass.Intraday ? _intradayMarginRate : 1m;

    /// <summary>The margin an order of this ticket needs (what the margin calculators report).</summary>
    public decimal RequiredMargin(OrderTicket ticket) => OrderMargin(ticket, ticket.Quantity);

    private decimal OrderMargin(OrderTicket ticket, long quantity)
    {
        if (ticket.ProductClass == ProductClass.Delivery && ticket.Side == OrderSide.Sell)
        {
            return 0m; // Delivered from holdings; no cash needed.
        }

        var price = ticket.Price is > 0 ? ticket.Price.Value : ticket.TriggerPrice ?? ticket.Instrument.LastPrice;
        return Math.Round(quantity * price * MarginRate(ticket.ProductClass), 2);
    }

    private decimal PositionMargin(SimPosition position)
    {
        if (position.ProductClass == ProductClass.Delivery && position.NetQuantity <= 0)
        {
            return 0m;
        }

        return Math.Round(Math.Abs(position.NetQuantity) * position.NetAverage * MarginRate(position.ProductClass), 2);
    }

    private string? RiskCheck(SimAccount account, SimOrder order)
    {
        var ticket = order.Ticket;
        var instrument = ticket.Instrument;
        if (ticket.OrderType is SimOrderType.Limit or SimOrderType.StopLoss
            && ticket.Price is { } limit && (limit > instrument.UpperCircuit || limit < instrument.LowerCircuit))
        {
            return string.Create(CultureInfo.InvariantCulture, $"Order Price needs to be Circuit Limits of {instrument.LowerCircuit:0.00} to {instrument.UpperCircuit:0.00}");
        }

        if (ticket.ProductClass == ProductClass.Delivery && ticket.Side == OrderSide.Sell)
        {
            account.Holdings.TryGetValue(ticket.Instrument, out var holding);
            var pendingSells = account.Orders
                .Where(o => o != order && o.IsWorking && o.Instrument == ticket.Instrument
                    && o.Ticket.ProductClass == ProductClass.Delivery && o.Ticket.Side == OrderSide.Sell)
                .Sum(o => o.RemainingQuantity);
            var free = (holding?.TotalQuantity ?? 0) - pendingSells;
            return free >= ticket.Quantity ? null : $"Insufficient holdings: {free} shares of {ticket.Instrument.TradingSymbol} free to sell, {ticket.Quantity} ordered";
        }

        var required = OrderMargin(ticket, ticket.Quantity);
        var available = account.OpeningBalance + RealizedProfit(account)
            - account.Orders.Where(o => o != order && o.IsWorking).Sum(o => OrderMargin(o.Ticket, o.RemainingQuantity))
            - UsedByPositions(account);
        return required <= available
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"Insufficient funds: required margin {required:0.00}, available {available:0.00}");
    }

    private void OnPriceChanged(InstrumentState instrument)
    {
        foreach (var account in _accounts)
        {
            foreach (var order in account.Orders.Where(o => o.IsWorking && o.Instrument == instrument).ToList())
            {
                TryExecute(account, order);
            }
        }
    }

    private void TryExecute(SimAccount account, SimOrder order)
    {
        var ticket = order.Ticket;
        var last = order.Instrument.LastPrice;
        if (order.State == SandboxOrderState.TriggerPending)
        {
            var trigger = ticket.TriggerPrice ?? 0m;
            var triggered = ticket.Side == OrderSide.Buy ? last >= trigger : last <= trigger;
            if (!triggered)
            {
                return;
            }

            order.State = SandboxOrderState.Open;
        }

        if (order.State is not (SandboxOrderState.Open or SandboxOrderState.PartiallyFilled))
        {
            return;
        }

        decimal? fillPrice = ticket.OrderType switch
        {
            SimOrderType.Market or SimOrderType.StopLossMarket => last,
            _ when ticket.Side == OrderSide.Buy && last <= ticket.Price => Math.Min(last, ticket.Price!.Value),
            _ when ticket.Side == OrderSide.Sell && last >= ticket.Price => Math.Max(last, ticket.Price!.Value),
            _ => null,
        };
        if (fillPrice is { } price)
        {
            Fill(account, order, Math.Min(order.RemainingQuantity, _maxFillQuantity ?? long.MaxValue), price);
        }
    }

    private void Fill(SimAccount account, SimOrder order, long quantity, decimal price)
    {
        var now = _clock.GetUtcNow();
        var sequence = Interlocked.Increment(ref _tradeSequence);
        var trade = new SimTrade(
            "T" + sequence.ToString("D10", CultureInfo.InvariantCulture),
            (50_000_000L + sequence).ToString(CultureInfo.InvariantCulture),
            order,
            quantity,
            price,
            now);
        account.Trades.Add(trade);
        order.FilledQuantity += quantity;
        order.FilledValue += quantity * price;
        order.UpdatedAt = now;
        order.ExchangeTime = now;
        order.State = order.RemainingQuantity == 0 ? SandboxOrderState.Filled : SandboxOrderState.PartiallyFilled;
        OrderChanged?.Invoke(order);

        var ticket = order.Ticket;
        var key = (ticket.Instrument, ticket.Product);
        if (!account.Positions.TryGetValue(key, out var position))
        {
            position = new SimPosition(ticket.Instrument, ticket.Product, ticket.ProductClass);
            account.Positions[key] = position;
        }

        if (ticket.Side == OrderSide.Buy)
        {
            position.BuyQuantity += quantity;
            position.BuyValue += quantity * price;
        }
        else
        {
            position.SellQuantity += quantity;
            position.SellValue += quantity * price;
        }

        if (ticket.ProductClass == ProductClass.Delivery)
        {
            MoveHoldings(account, ticket, quantity, price);
        }

        ticket.Instrument.RecordTrade(quantity, now);
    }

    private static void MoveHoldings(SimAccount account, OrderTicket ticket, long quantity, decimal price)
    {
        if (!account.Holdings.TryGetValue(ticket.Instrument, out var holding))
        {
            holding = new SimHolding(ticket.Instrument);
            account.Holdings[ticket.Instrument] = holding;
        }

        if (ticket.Side == OrderSide.Buy)
        {
            var total = holding.TotalQuantity + quantity;
            holding.AveragePrice = Math.Round(((holding.AveragePrice * holding.TotalQuantity) + (price * quantity)) / total, 2);
            holding.T1Quantity += quantity;
            return;
        }

        var fromSettled = Math.Min(holding.SettledQuantity, quantity);
        holding.SettledQuantity -= fromSettled;
        holding.T1Quantity -= quantity - fromSettled;
        if (holding.TotalQuantity == 0)
        {
            account.Holdings.Remove(ticket.Instrument);
        }
    }
}
