using Broker.Http;
using static Broker.Dhan.DhanRateLimitCategories;

namespace Broker.Dhan;

/// <summary>
/// Every Dhan REST endpoint the SDK calls, with its rate-limit class and how it may be treated on failure:
/// order writes (orders, super, forever, conditional triggers) are never retried; other writes are not retried;
/// reads (including idempotent POST reads such as quotes, charts and the margin calculator) may be retried.
/// </summary>
public static class DhanEndpoints
{
    /// <summary><c>POST /orders</c>.</summary>
    public static readonly BrokerEndpoint PlaceOrder = BrokerEndpoint.OrderWrite("orders.create", Order);

    /// <summary><c>PUT /orders/{order-id}</c>.</summary>
    public static readonly BrokerEndpoint ModifyOrder = BrokerEndpoint.OrderWrite("orders.modify", Order);

    /// <summary><c>DELETE /orders/{order-id}</c>.</summary>
    public static readonly BrokerEndpoint CancelOrder = BrokerEndpoint.OrderWrite("orders.cancel", Order);

    /// <summary><c>POST /orders/slicing</c>.</summary>
    public static readonly BrokerEndpoint SliceOrder = BrokerEndpoint.OrderWrite("orders.slice", Order);

    /// <summary><c>GET /orders</c>.</summary>
    public static readonly BrokerEndpoint OrderBook = BrokerEndpoint.Read("orders.list", NonTrading);

    /// <summary><c>GET /orders/{order-id}</c>.</summary>
    public static readonly BrokerEndpoint OrderById = BrokerEndpoint.Read("orders.get", NonTrading);

    /// <summary><c>GET /orders/external/{correlation-id}</c>.</summary>
    public static readonly BrokerEndpoint OrderByCorrelationId = BrokerEndpoint.Read("orders.by-correlation", NonTrading);

    /// <summary><c>GET /trades</c>.</summary>
    public static readonly BrokerEndpoint TradeBook = BrokerEndpoint.Read("trades.list", NonTrading);

    /// <summary><c>GET /trades/{order-id}</c>.</summary>
    public static readonly BrokerEndpoint TradesOfOrder = BrokerEndpoint.Read("trades.by-order", NonTrading);

    /// <summary><c>POST /super/orders</c>.</summary>
    public static readonly BrokerEndpoint PlaceSuperOrder = BrokerEndpoint.OrderWrite("super-orders.create", Order);

    /// <summary><c>PUT /super/orders/{order-id}</c>.</summary>
    public static readonly BrokerEndpoint ModifySuperOrder = BrokerEndpoint.OrderWrite("super-orders.modify", Order);

    /// <summary><c>DELETE /super/orders/{order-id}/{order-leg}</c>.</summary>
    public static readonly BrokerEndpoint CancelSuperOrderLeg = BrokerEndpoint.OrderWrite("super-orders.cancel", Order);

    /// <summary><c>GET /super/orders</c>.</summary>
    public static readonly BrokerEndpoint SuperOrderList = BrokerEndpoint.Read("super-orders.list", NonTrading);

    /// <summary><c>POST /forever/orders</c>.</summary>
    public static readonly BrokerEndpoint PlaceForeverOrder = BrokerEndpoint.OrderWrite("forever-orders.create", Order);

    /// <summary><c>PUT /forever/orders/{order-id}</c>.</summary>
    public static readonly BrokerEndpoint ModifyForeverOrder = BrokerEndpoint.OrderWrite("forever-orders.modify", Order);

    /// <summary><c>DELETE /forever/orders/{order-id}</c>.</summary>
    public static readonly BrokerEndpoint CancelForeverOrder = BrokerEndpoint.OrderWrite("forever-orders.cancel", Order);

    /// <summary><c>GET /forever/orders</c>.</summary>
    public static readonly BrokerEndpoint ForeverOrderList = BrokerEndpoint.Read("forever-orders.list", NonTrading);

    /// <summary><c>POST /alerts/orders</c>.</summary>
    public static readonly BrokerEndpoint PlaceConditionalTrigger = BrokerEndpoint.OrderWrite("alerts.create", Order);

    /// <summary><c>PUT /alerts/orders/{alertId}</c>.</summary>
    public static readonly BrokerEndpoint ModifyConditionalTrigger = BrokerEndpoint.OrderWrite("alerts.modify", Order);

    /// <summary><c>DELETE /alerts/orders/{alertId}</c>.</summary>
    public static readonly BrokerEndpoint DeleteConditionalTrigger = BrokerEndpoint.OrderWrite("alerts.delete", Order);

    /// <summary><c>GET /alerts/orders/{alertId}</c>.</summary>
    public static readonly BrokerEndpoint ConditionalTriggerById = BrokerEndpoint.Read("alerts.get", NonTrading);

    /// <summary><c>GET /alerts/orders</c>.</summary>
    public static readonly BrokerEndpoint ConditionalTriggerList = BrokerEndpoint.Read("alerts.list", NonTrading);

    /// <summary><c>GET /holdings</c>.</summary>
    public static readonly BrokerEndpoint Holdings = BrokerEndpoint.Read("portfolio.holdings", NonTrading);

    /// <summary><c>GET /positions</c>.</summary>
    public static readonly BrokerEndpoint Positions = BrokerEndpoint.Read("portfolio.positions", NonTrading);

    /// <summary><c>POST /positions/convert</c>.</summary>
    public static readonly BrokerEndpoint ConvertPosition = BrokerEndpoint.Write("portfolio.convert", Order);

    /// <summary><c>DELETE /positions</c>.</summary>
    public static readonly BrokerEndpoint ExitAllPositions = BrokerEndpoint.Write("portfolio.exit-all", Order);

    /// <summary><c>GET /fundlimit</c>.</summary>
    public static readonly BrokerEndpoint FundLimit = BrokerEndpoint.Read("funds.limit", NonTrading);

    /// <summary><c>POST /margincalculator</c>.</summary>
    public static readonly BrokerEndpoint MarginCalculator = BrokerEndpoint.Read("funds.margin-calculator", NonTrading);

    /// <summary><c>POST /margincalculator/multi</c>.</summary>
    public static readonly BrokerEndpoint MultiMarginCalculator = BrokerEndpoint.Read("funds.margin-calculator-multi", NonTrading);

    /// <summary><c>GET /ledger</c>.</summary>
    public static readonly BrokerEndpoint Ledger = BrokerEndpoint.Read("statements.ledger", NonTrading);

    /// <summary><c>GET /trades/{from-date}/{to-date}/{page}</c>.</summary>
    public static readonly BrokerEndpoint TradeHistory = BrokerEndpoint.Read("statements.trade-history", NonTrading);

    /// <summary><c>POST /killswitch?killSwitchStatus=</c>.</summary>
    public static readonly BrokerEndpoint SetKillSwitch = BrokerEndpoint.Write("traders-control.kill-switch-set", NonTrading);

    /// <summary><c>GET /killswitch</c>.</summary>
    public static readonly BrokerEndpoint KillSwitchStatus = BrokerEndpoint.Read("traders-control.kill-switch-get", NonTrading);

    /// <summary><c>POST /pnlExit</c>.</summary>
    public static readonly BrokerEndpoint SetPnlExit = BrokerEndpoint.Write("traders-control.pnl-exit-set", NonTrading);

    /// <summary><c>DELETE /pnlExit</c>.</summary>
    public static readonly BrokerEndpoint StopPnlExit = BrokerEndpoint.Write("traders-control.pnl-exit-stop", NonTrading);

    /// <summary><c>GET /pnlExit</c>.</summary>
    public static readonly BrokerEndpoint GetPnlExit = BrokerEndpoint.Read("traders-control.pnl-exit-get", NonTrading);

    /// <summary><c>GET /edis/tpin</c> (sends an SMS, so it is not retried).</summary>
    public static readonly BrokerEndpoint EdisTpin = BrokerEndpoint.Write("edis.tpin", NonTrading);

    /// <summary><c>POST /edis/form</c>.</summary>
    public static readonly BrokerEndpoint EdisForm = BrokerEndpoint.Write("edis.form", NonTrading);

    /// <summary><c>POST /edis/bulkform</c>.</summary>
    public static readonly BrokerEndpoint EdisBulkForm = BrokerEndpoint.Write("edis.bulk-form", NonTrading);

    /// <summary><c>GET /edis/inquire/{isin}</c>.</summary>
    public static readonly BrokerEndpoint EdisInquire = BrokerEndpoint.Read("edis.inquire", NonTrading);

    /// <summary><c>POST /ip/setIP</c>.</summary>
    public static readonly BrokerEndpoint SetIp = BrokerEndpoint.Write("ip.set", NonTrading);

    /// <summary><c>PUT /ip/modifyIP</c>.</summary>
    public static readonly BrokerEndpoint ModifyIp = BrokerEndpoint.Write("ip.modify", NonTrading);

    /// <summary><c>GET /ip/getIP</c>.</summary>
    public static readonly BrokerEndpoint GetIp = BrokerEndpoint.Read("ip.get", NonTrading);

    /// <summary><c>POST /marketfeed/ltp</c>.</summary>
    public static readonly BrokerEndpoint QuoteLtp = BrokerEndpoint.Read("marketfeed.ltp", Quote);

    /// <summary><c>POST /marketfeed/ohlc</c>.</summary>
    public static readonly BrokerEndpoint QuoteOhlc = BrokerEndpoint.Read("marketfeed.ohlc", Quote);

    /// <summary><c>POST /marketfeed/quote</c>.</summary>
    public static readonly BrokerEndpoint QuoteFull = BrokerEndpoint.Read("marketfeed.quote", Quote);

    /// <summary><c>POST /charts/historical</c>.</summary>
    public static readonly BrokerEndpoint DailyCandles = BrokerEndpoint.Read("charts.historical", Data);

    /// <summary><c>POST /charts/intraday</c>.</summary>
    public static readonly BrokerEndpoint IntradayCandles = BrokerEndpoint.Read("charts.intraday", Data);

    /// <summary><c>POST /charts/rollingoption</c>.</summary>
    public static readonly BrokerEndpoint ExpiredOptions = BrokerEndpoint.Read("charts.rolling-option", Data);

    /// <summary><c>POST /optionchain</c>.</summary>
    public static readonly BrokerEndpoint OptionChain = BrokerEndpoint.Read("option-chain.chain", Data);

    /// <summary><c>POST /optionchain/expirylist</c>.</summary>
    public static readonly BrokerEndpoint ExpiryList = BrokerEndpoint.Read("option-chain.expiry-list", Data);

    /// <summary><c>GET /profile</c>.</summary>
    public static readonly BrokerEndpoint Profile = BrokerEndpoint.Read("user.profile", NonTrading);

    /// <summary><c>POST auth.dhan.co/app/generateAccessToken</c> (PIN + TOTP).</summary>
    public static readonly BrokerEndpoint GenerateAccessToken = BrokerEndpoint.TokenMint("auth.generate-token", Auth);

    /// <summary><c>GET /RenewToken</c>: carries the current token itself, so the authentication handler leaves it alone.</summary>
    public static readonly BrokerEndpoint RenewToken = BrokerEndpoint.TokenMint("auth.renew-token", Auth);

    /// <summary><c>POST auth.dhan.co/app/generate-consent</c>.</summary>
    public static readonly BrokerEndpoint GenerateConsent = BrokerEndpoint.TokenMint("auth.generate-consent", Auth);

    /// <summary><c>GET auth.dhan.co/app/consumeApp-consent</c>.</summary>
    public static readonly BrokerEndpoint ConsumeConsent = BrokerEndpoint.TokenMint("auth.consume-consent", Auth);

    /// <summary><c>auth.dhan.co/partner/generate-consent</c> (POST by default; the method is uncertain, see <see cref="DhanPartnerConsentOptions"/>).</summary>
    public static readonly BrokerEndpoint PartnerGenerateConsent = BrokerEndpoint.TokenMint("auth.partner-generate-consent", Auth);

    /// <summary><c>auth.dhan.co/partner/consume-consent</c> (GET by default; the method is uncertain, see <see cref="DhanPartnerConsentOptions"/>).</summary>
    public static readonly BrokerEndpoint PartnerConsumeConsent = BrokerEndpoint.TokenMint("auth.partner-consume-consent", Auth);
}
