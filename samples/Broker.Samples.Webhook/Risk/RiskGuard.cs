using System.Globalization;
using Broker.Errors;
using Broker.Samples.Webhook.Alerts;
using Broker.Samples.Webhook.Configuration;
using Broker.Samples.Webhook.Logging;
using Broker.Samples.Webhook.Orders;
using Broker.Time;
using Microsoft.Extensions.Logging;

namespace Broker.Samples.Webhook.Risk;

/// <summary>
/// Checks an order against <c>Webhook:Risk</c> before anything is sent: the quantity (shares in the cash segment,
/// lots in F&amp;O and commodities), the order value (quantity × limit price, trigger price, or the last traded price
/// read through the SDK for a MARKET order), and the optional daily caps per symbol. The daily counts live in this
/// process: an order is counted when it passes, and given back if it is not placed.
/// </summary>
internal sealed class RiskGuard
{
    private readonly RiskOptions _options;
    private readonly IOrderGateway _gateway;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<RiskGuard> _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (int Orders, decimal Turnover)> _daily = new(StringComparer.Ordinal);
    private readonly Dictionary<Broker.Trading.TradingInstrument, (Task<decimal?> Read, DateTimeOffset StartedAt)> _prices = [];

    /// <summary>Creates the guard.</summary>
    public RiskGuard(WebhookOptions options, IOrderGateway gateway, TimeProvider timeProvider, ILogger<RiskGuard> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Risk;
        _gateway = gateway;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Checks one order; a pass takes its share of the daily caps.</summary>
    /// <param name="order">The prepared order.</param>
    /// <param name="alertId">The alert, for the log.</param>
    /// <param name="cancellationToken">Cancels reading the last traded price.</param>
    /// <returns>The verdict.</returns>
    public async Task<RiskVerdict> CheckAsync(PreparedOrder order, string alertId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!_options.Enabled)
        {
            return new RiskVerdict(null, null);
        }

        var symbol = _options.Symbols.GetValueOrDefault(order.Symbol);
        var alert = order.Alert;
        var refusal = CheckQuantity(order, symbol);
        string? note = null;
        decimal? value = null;
        if (refusal is null)
        {
            (value, refusal, note) = await CheckValueAsync(order, symbol, cancellationToken).ConfigureAwait(false);
        }

        RiskReservation? reservation = null;
        if (refusal is null)
        {
            (reservation, refusal) = Reserve(order, symbol, value ?? 0m);
        }

        if (refusal is not null)
        {
            WebhookLog.RiskRefused(_logger, alertId, refusal.Limit, alert.Side == AlertSide.Buy ? "BUY" : "SELL", alert.Quantity, order.Symbol, refusal.Message);
        }

        return new RiskVerdict(refusal, reservation, note);
    }

    /// <summary>Gives back an order's share of the daily caps (it was not placed).</summary>
    /// <param name="reservation">The share from <see cref="CheckAsync"/>.</param>
    public void Release(RiskReservation? reservation)
    {
        if (reservation is null)
        {
            return;
        }

        lock (_gate)
        {
            if (_daily.TryGetValue(reservation.Key, out var day))
            {
                _daily[reservation.Key] = (Math.Max(0, day.Orders - 1), Math.Max(0m, day.Turnover - reservation.Value));
            }
        }
    }

    private RiskRefusal? CheckQuantity(PreparedOrder order, SymbolRiskLimits? symbol)
    {
        var quantity = order.Alert.Quantity;
        if (order.Alert.Segment == AlertSegment.Cash)
        {
            var max = symbol?.MaxQuantity ?? _options.MaxQuantity;
            return quantity <= max ? null : new RiskRefusal(
                "max_quantity",
                Text($"quantity {quantity} of {order.Symbol} is more than the {max} shares allowed per order (Webhook:Risk:{(symbol?.MaxQuantity is null ? "MaxQuantity" : $"Symbols:{order.Symbol}:MaxQuantity")})."));
        }

        var lots = (quantity + order.LotSize - 1) / order.LotSize;
        var maxLots = symbol?.MaxLots ?? _options.MaxLots;
        return lots <= maxLots ? null : new RiskRefusal(
            "max_lots",
            Text($"quantity {quantity} of {order.Symbol} is {lots} lots of {order.LotSize}, more than the {maxLots} lots allowed per order (Webhook:Risk:{(symbol?.MaxLots is null ? "MaxLots" : $"Symbols:{order.Symbol}:MaxLots")})."));
    }

    private async Task<(decimal? Value, RiskRefusal? Refusal, string? Note)> CheckValueAsync(PreparedOrder order, SymbolRiskLimits? symbol, CancellationToken cancellationToken)
    {
        var alert = order.Alert;
        var max = symbol?.MaxOrderValue ?? _options.MaxOrderValue;
        var setting = symbol?.MaxOrderValue is null ? "MaxOrderValue" : $"Symbols:{order.Symbol}:MaxOrderValue";
        decimal? price = alert.OrderType switch
        {
            AlertOrderType.Limit or AlertOrderType.StopLoss => alert.Price,
            AlertOrderType.StopLossMarket => alert.TriggerPrice,
            _ => null,
        };
        var basis = alert.OrderType switch
        {
            AlertOrderType.Limit or AlertOrderType.StopLoss => "limit price",
            AlertOrderType.StopLossMarket => "trigger price",
            _ => "last traded price",
        };
        if (price is null)
        {
            if (!_gateway.HasClient)
            {
                return (null, null, "order value not checked: no broker client to read the last traded price (dry run without credentials)");
            }

            try
            {
                price = await LastPriceAsync(order).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is BrokerException or HttpRequestException)
            {
                return (null, new RiskRefusal("max_order_value", Text($"the last traded price of {order.Symbol} could not be read ({ex.GetType().Name}), so the value of this MARKET order cannot be checked against Webhook:Risk:{setting}; nothing sent.")), null);
            }

            if (price is not > 0m)
            {
                return (null, new RiskRefusal("max_order_value", Text($"{order.Symbol} has no last traded price, so the value of this MARKET order cannot be checked against Webhook:Risk:{setting}; nothing sent.")), null);
            }
        }

        var value = alert.Quantity * price.Value;
        return value <= max
            ? (value, null, null)
            : (value, new RiskRefusal("max_order_value", Text($"order value ₹{value:#,0.00} ({alert.Quantity} × ₹{price.Value:0.00} {basis}) of {order.Symbol} is more than the ₹{max:#,0.00} allowed per order (Webhook:Risk:{setting}).")), null);
    }

    /// <summary>
    /// The last traded price, read once for all the alerts on an instrument within <see cref="RiskOptions.LastPriceMaxAge"/>
    /// (a read under way is shared; a failed one is not reused).
    /// </summary>
    private Task<decimal?> LastPriceAsync(PreparedOrder order)
    {
        var instrument = order.Request.Instrument;
        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (_prices.TryGetValue(instrument, out var cached)
                && (!cached.Read.IsCompleted || (cached.Read.IsCompletedSuccessfully && now - cached.StartedAt <= _options.LastPriceMaxAge)))
            {
                return cached.Read;
            }

            // Not cancelled by one caller: others may be waiting for the same read.
            var read = _gateway.GetLastPriceAsync(order, CancellationToken.None);
            _prices[instrument] = (read, now);
            return read;
        }
    }

    private (RiskReservation? Reservation, RiskRefusal? Refusal) Reserve(PreparedOrder order, SymbolRiskLimits? symbol, decimal value)
    {
        var maxOrders = symbol?.MaxOrdersPerDay ?? _options.MaxOrdersPerSymbolPerDay;
        var maxTurnover = symbol?.MaxTurnoverPerDay ?? _options.MaxTurnoverPerSymbolPerDay;
        if (maxOrders is null && maxTurnover is null)
        {
            return (null, null);
        }

        var day = IndianTime.Format(_timeProvider.GetUtcNow(), "yyyy-MM-dd");
        var key = order.ExchangeSegment + ":" + order.Symbol + ":" + day;
        lock (_gate)
        {
            // Yesterday's counts are of no use any more.
            foreach (var stale in _daily.Keys.Where(k => !k.EndsWith(day, StringComparison.Ordinal)).ToList())
            {
                _daily.Remove(stale);
            }

            var today = _daily.GetValueOrDefault(key);
            if (maxOrders is { } orders && today.Orders + 1 > orders)
            {
                return (null, new RiskRefusal("max_orders_per_day", Text($"{order.Symbol} already has {today.Orders} orders today (IST), the most allowed (Webhook:Risk:{(symbol?.MaxOrdersPerDay is null ? "MaxOrdersPerSymbolPerDay" : $"Symbols:{order.Symbol}:MaxOrdersPerDay")}).")));
            }

            if (maxTurnover is { } turnover && today.Turnover + value > turnover)
            {
                return (null, new RiskRefusal("max_turnover_per_day", Text($"{order.Symbol} has ₹{today.Turnover:#,0.00} of orders today (IST); this one (₹{value:#,0.00}) would pass the ₹{turnover:#,0.00} allowed (Webhook:Risk:{(symbol?.MaxTurnoverPerDay is null ? "MaxTurnoverPerSymbolPerDay" : $"Symbols:{order.Symbol}:MaxTurnoverPerDay")}).")));
            }

            _daily[key] = (today.Orders + 1, today.Turnover + value);
            return (new RiskReservation(key, value), null);
        }
    }

    private static string Text(FormattableString text) => "Risk limit: " + text.ToString(CultureInfo.InvariantCulture);
}
