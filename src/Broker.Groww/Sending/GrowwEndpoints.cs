using Broker.Http;

namespace Broker.Groww;

/// <summary>
/// Every Groww REST endpoint the SDK calls, with its rate-limit category and failure handling. The names appear in
/// logs and in <see cref="Broker.Errors.BrokerException.Endpoint"/>. Order and smart-order writes are
/// <see cref="BrokerEndpoint.OrderWrite"/> (never retried); reads are <see cref="BrokerEndpoint.Read"/>.
/// </summary>
public static class GrowwEndpoints
{
    /// <summary><c>POST /v1/token/api/access</c>: mint an access token (approval or TOTP flow).</summary>
    public static readonly BrokerEndpoint TokenMint = BrokerEndpoint.TokenMint("auth.token", GrowwRateLimitCategories.Authentication);

    /// <summary><c>POST /v1/order/create</c>.</summary>
    public static readonly BrokerEndpoint OrderCreate = BrokerEndpoint.OrderWrite("orders.create", GrowwRateLimitCategories.Orders);

    /// <summary><c>POST /v1/order/modify</c>.</summary>
    public static readonly BrokerEndpoint OrderModify = BrokerEndpoint.OrderWrite("orders.modify", GrowwRateLimitCategories.Orders);

    /// <summary><c>POST /v1/order/cancel</c>.</summary>
    public static readonly BrokerEndpoint OrderCancel = BrokerEndpoint.OrderWrite("orders.cancel", GrowwRateLimitCategories.Orders);

    /// <summary><c>GET /v1/order/trades/{groww_order_id}</c>.</summary>
    public static readonly BrokerEndpoint OrderTrades = BrokerEndpoint.Read("orders.trades", GrowwRateLimitCategories.NonTrading);

    /// <summary><c>GET /v1/order/status/{groww_order_id}</c>.</summary>
    public static readonly BrokerEndpoint OrderStatus = BrokerEndpoint.Read("orders.status", GrowwRateLimitCategories.NonTrading);

    /// <summary><c>GET /v1/order/status/reference/{order_reference_id}</c>.</summary>
    public static readonly BrokerEndpoint OrderStatusByReference = BrokerEndpoint.Read("orders.status-by-reference", GrowwRateLimitCategories.NonTrading);

    /// <summary><c>GET /v1/order/list</c>.</summary>
    public static readonly BrokerEndpoint OrderList = BrokerEndpoint.Read("orders.list", GrowwRateLimitCategories.NonTrading);

    /// <summary><c>GET /v1/order/detail/{groww_order_id}</c>.</summary>
    public static readonly BrokerEndpoint OrderDetail = BrokerEndpoint.Read("orders.detail", GrowwRateLimitCategories.NonTrading);

    /// <summary><c>POST /v1/order-advance/create</c> (GTT / OCO). Not in Groww's rate-limit table; counted as Orders.</summary>
    public static readonly BrokerEndpoint SmartOrderCreate = BrokerEndpoint.OrderWrite("smart-orders.create", GrowwRateLimitCategories.Orders);

    /// <summary><c>PUT /v1/order-advance/modify/{smart_order_id}</c>. Counted as Orders.</summary>
    public static readonly BrokerEndpoint SmartOrderModify = BrokerEndpoint.OrderWrite("smart-orders.modify", GrowwRateLimitCategories.Orders);

    /// <summary><c>POST /v1/order-advance/cancel/{segment}/{smart_order_type}/{smart_order_id}</c>. Counted as Orders.</summary>
    public static readonly BrokerEndpoint SmartOrderCancel = BrokerEndpoint.OrderWrite("smart-orders.cancel", GrowwRateLimitCategories.Orders);

    /// <summary><c>GET /v1/order-advance/status/{segment}/{smart_order_type}/internal/{smart_order_id}</c>. Counted as Non Trading.</summary>
    public static readonly BrokerEndpoint SmartOrderGet = BrokerEndpoint.Read("smart-orders.get", GrowwRateLimitCategories.NonTrading);

    /// <summary><c>GET /v1/order-advance/list</c>. Counted as Non Trading.</summary>
    public static readonly BrokerEndpoint SmartOrderList = BrokerEndpoint.Read("smart-orders.list", GrowwRateLimitCategories.NonTrading);

    /// <summary><c>GET /v1/holdings/user</c>.</summary>
    public static readonly BrokerEndpoint Holdings = BrokerEndpoint.Read("portfolio.holdings", GrowwRateLimitCategories.NonTrading);

    /// <summary><c>GET /v1/positions/user</c>.</summary>
    public static readonly BrokerEndpoint Positions = BrokerEndpoint.Read("portfolio.positions", GrowwRateLimitCategories.NonTrading);

    /// <summary><c>GET /v1/positions/trading-symbol</c>.</summary>
    public static readonly BrokerEndpoint PositionsForSymbol = BrokerEndpoint.Read("portfolio.position", GrowwRateLimitCategories.NonTrading);

    /// <summary><c>GET /v1/margins/detail/user</c>.</summary>
    public static readonly BrokerEndpoint AvailableMargin = BrokerEndpoint.Read("margins.user", GrowwRateLimitCategories.NonTrading);

    /// <summary>
    /// <c>POST /v1/margins/detail/orders</c>: a calculation without side effects, so it is treated as a read (retried
    /// on transient failures). Not in Groww's rate-limit table; counted as Non Trading ("Margin").
    /// </summary>
    public static readonly BrokerEndpoint RequiredMargin = BrokerEndpoint.Read("margins.orders", GrowwRateLimitCategories.NonTrading);

    /// <summary><c>GET /v1/live-data/quote</c>.</summary>
    public static readonly BrokerEndpoint Quote = BrokerEndpoint.Read("live-data.quote", GrowwRateLimitCategories.LiveData);

    /// <summary><c>GET /v1/live-data/ltp</c>.</summary>
    public static readonly BrokerEndpoint Ltp = BrokerEndpoint.Read("live-data.ltp", GrowwRateLimitCategories.LiveData);

    /// <summary><c>GET /v1/live-data/ohlc</c>.</summary>
    public static readonly BrokerEndpoint Ohlc = BrokerEndpoint.Read("live-data.ohlc", GrowwRateLimitCategories.LiveData);

    /// <summary><c>GET /v1/option-chain/exchange/{exchange}/underlying/{underlying}</c>. Counted as Live Data.</summary>
    public static readonly BrokerEndpoint OptionChain = BrokerEndpoint.Read("live-data.option-chain", GrowwRateLimitCategories.LiveData);

    /// <summary><c>GET /v1/live-data/greeks/...</c>. Counted as Live Data.</summary>
    public static readonly BrokerEndpoint Greeks = BrokerEndpoint.Read("live-data.greeks", GrowwRateLimitCategories.LiveData);

    /// <summary><c>GET /v1/historical/candles</c>. Counted as Historical.</summary>
    public static readonly BrokerEndpoint Candles = BrokerEndpoint.Read("historical.candles", GrowwRateLimitCategories.Historical);

    /// <summary><c>GET /v1/historical/expiries</c>. Counted as Historical.</summary>
    public static readonly BrokerEndpoint Expiries = BrokerEndpoint.Read("historical.expiries", GrowwRateLimitCategories.Historical);

    /// <summary><c>GET /v1/historical/contracts</c>. Counted as Historical.</summary>
    public static readonly BrokerEndpoint Contracts = BrokerEndpoint.Read("historical.contracts", GrowwRateLimitCategories.Historical);

    /// <summary><c>GET /v1/user/detail</c>. Counted as Non Trading.</summary>
    public static readonly BrokerEndpoint UserProfile = BrokerEndpoint.Read("user.detail", GrowwRateLimitCategories.NonTrading);
}
