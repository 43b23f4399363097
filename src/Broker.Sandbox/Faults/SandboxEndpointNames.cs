namespace Broker.Sandbox;

/// <summary>
/// The stable names of the sandbox's endpoints, used by <see cref="SandboxFaults.Inject"/> and recorded in
/// <see cref="SandboxRequest.Endpoint"/>. They do not change between versions.
/// </summary>
public static class SandboxEndpointNames
{
    /// <summary><c>POST /v1/token/api/access</c> (approval and TOTP flows).</summary>
    public const string GrowwAuthToken = "groww.auth.token";

    /// <summary><c>GET /v1/user/detail</c>.</summary>
    public const string GrowwUserDetail = "groww.user.detail";

    /// <summary><c>POST /v1/order/create</c>.</summary>
    public const string GrowwOrdersCreate = "groww.orders.create";

    /// <summary><c>POST /v1/order/modify</c>.</summary>
    public const string GrowwOrdersModify = "groww.orders.modify";

    /// <summary><c>POST /v1/order/cancel</c>.</summary>
    public const string GrowwOrdersCancel = "groww.orders.cancel";

    /// <summary><c>GET /v1/order/status/{groww_order_id}</c>.</summary>
    public const string GrowwOrdersStatus = "groww.orders.status";

    /// <summary><c>GET /v1/order/status/reference/{order_reference_id}</c>.</summary>
    public const string GrowwOrdersStatusByReference = "groww.orders.status-by-reference";

    /// <summary><c>GET /v1/order/list</c>.</summary>
    public const string GrowwOrdersList = "groww.orders.list";

    /// <summary><c>GET /v1/order/detail/{groww_order_id}</c>.</summary>
    public const string GrowwOrdersDetail = "groww.orders.detail";

    /// <summary><c>GET /v1/order/trades/{groww_order_id}</c>.</summary>
    public const string GrowwOrdersTrades = "groww.orders.trades";

    /// <summary><c>GET /v1/holdings/user</c>.</summary>
    public const string GrowwHoldings = "groww.portfolio.holdings";

    /// <summary><c>GET /v1/positions/user</c>.</summary>
    public const string GrowwPositions = "groww.portfolio.positions";

    /// <summary><c>GET /v1/positions/trading-symbol</c>.</summary>
    public const string GrowwPositionBySymbol = "groww.portfolio.position";

    /// <summary><c>GET /v1/margins/detail/user</c>.</summary>
    public const string GrowwMargins = "groww.margins.user";

    /// <summary><c>GET /v1/live-data/quote</c>.</summary>
    public const string GrowwQuote = "groww.live-data.quote";

    /// <summary><c>GET /v1/live-data/ltp</c>.</summary>
    public const string GrowwLtp = "groww.live-data.ltp";

    /// <summary><c>GET /v1/live-data/ohlc</c>.</summary>
    public const string GrowwOhlc = "groww.live-data.ohlc";

    /// <summary><c>POST /v1/api/apex/v1/socket/token/create</c> (the slashed form answers 307).</summary>
    public const string GrowwFeedToken = "groww.feed.socket-token";

    /// <summary><c>POST /v1/margins/detail/orders?segment=</c>.</summary>
    public const string GrowwOrderMargin = "groww.margins.orders";

    /// <summary><c>POST /v2/margincalculator</c>.</summary>
    public const string DhanMarginCalculator = "dhan.funds.margin-calculator";

    /// <summary><c>POST /v2/orders/slicing</c>.</summary>
    public const string DhanOrdersSlice = "dhan.orders.slice";

    /// <summary><c>POST /v1/order-advance/create</c> (GTT and OCO smart orders).</summary>
    public const string GrowwSmartOrdersCreate = "groww.smart-orders.create";

    /// <summary><c>PUT /v1/order-advance/modify/{smart_order_id}</c>.</summary>
    public const string GrowwSmartOrdersModify = "groww.smart-orders.modify";

    /// <summary><c>POST /v1/order-advance/cancel/{segment}/{smart_order_type}/{smart_order_id}</c>.</summary>
    public const string GrowwSmartOrdersCancel = "groww.smart-orders.cancel";

    /// <summary><c>GET /v1/order-advance/status/{segment}/{smart_order_type}/internal/{smart_order_id}</c>.</summary>
    public const string GrowwSmartOrdersGet = "groww.smart-orders.get";

    /// <summary><c>GET /v1/order-advance/list</c>.</summary>
    public const string GrowwSmartOrdersList = "groww.smart-orders.list";

    /// <summary><c>POST /v2/forever/orders</c>.</summary>
    public const string DhanForeverOrdersCreate = "dhan.forever-orders.create";

    /// <summary><c>PUT /v2/forever/orders/{order-id}</c>.</summary>
    public const string DhanForeverOrdersModify = "dhan.forever-orders.modify";

    /// <summary><c>DELETE /v2/forever/orders/{order-id}</c>.</summary>
    public const string DhanForeverOrdersCancel = "dhan.forever-orders.cancel";

    /// <summary><c>GET /v2/forever/orders</c>.</summary>
    public const string DhanForeverOrdersList = "dhan.forever-orders.list";

    /// <summary><c>POST /v2/killswitch?killSwitchStatus=</c>.</summary>
    public const string DhanKillSwitchSet = "dhan.traders-control.kill-switch-set";

    /// <summary><c>GET /v2/killswitch</c>.</summary>
    public const string DhanKillSwitchGet = "dhan.traders-control.kill-switch-get";

    /// <summary><c>DELETE /v2/positions</c> (exit all).</summary>
    public const string DhanExitAll = "dhan.portfolio.exit-all";

    /// <summary><c>GET /v1/historical/candles</c>.</summary>
    public const string GrowwHistoricalCandles = "groww.historical.candles";

    /// <summary><c>GET /v1/historical/expiries</c> (counted as Historical).</summary>
    public const string GrowwHistoricalExpiries = "groww.historical.expiries";

    /// <summary><c>GET /v1/historical/contracts</c> (counted as Historical).</summary>
    public const string GrowwHistoricalContracts = "groww.historical.contracts";

    /// <summary><c>GET /v1/live-data/greeks/exchange/{exchange}/underlying/{underlying}/trading_symbol/{trading_symbol}/expiry/{expiry}</c> (counted as Live Data).</summary>
    public const string GrowwGreeks = "groww.live-data.greeks";

    /// <summary><c>GET /v1/option-chain/exchange/{exchange}/underlying/{underlying}?expiry_date=</c> (counted as Live Data).</summary>
    public const string GrowwOptionChain = "groww.live-data.option-chain";

    /// <summary><c>POST /v2/charts/historical</c> (daily candles).</summary>
    public const string DhanChartsHistorical = "dhan.charts.historical";

    /// <summary><c>POST /v2/charts/intraday</c>.</summary>
    public const string DhanChartsIntraday = "dhan.charts.intraday";

    /// <summary><c>GET /instruments/instrument.csv</c> (Groww's instrument master; no auth).</summary>
    public const string GrowwInstruments = "groww.instruments.csv";

    /// <summary><c>GET /api-data/api-scrip-master.csv</c> (Dhan's compact scrip master; no auth).</summary>
    public const string DhanScripMaster = "dhan.instruments.compact";

    /// <summary><c>GET /api-data/api-scrip-master-detailed.csv</c> (Dhan's detailed scrip master; no auth).</summary>
    public const string DhanScripMasterDetailed = "dhan.instruments.detailed";

    /// <summary><c>GET /v2/instrument/{exchangeSegment}</c>.</summary>
    public const string DhanInstrumentSegment = "dhan.instruments.segment";

    /// <summary><c>POST /app/generateAccessToken</c> on the Dhan auth base.</summary>
    public const string DhanGenerateToken = "dhan.auth.generate-token";

    /// <summary><c>POST /app/generate-consent</c> on the Dhan auth base.</summary>
    public const string DhanGenerateConsent = "dhan.auth.generate-consent";

    /// <summary><c>GET /login/consentApp-login</c> on the Dhan auth base (the browser step; answers 302).</summary>
    public const string DhanConsentLogin = "dhan.auth.consent-login";

    /// <summary><c>GET|POST /app/consumeApp-consent</c> on the Dhan auth base.</summary>
    public const string DhanConsumeConsent = "dhan.auth.consume-consent";

    /// <summary><c>POST|GET /partner/generate-consent</c> on the Dhan auth base (partner flow).</summary>
    public const string DhanPartnerGenerateConsent = "dhan.auth.partner-generate-consent";

    /// <summary><c>GET /consent-login</c> on the Dhan auth base (the partner flow's browser step; answers 302).</summary>
    public const string DhanPartnerConsentLogin = "dhan.auth.partner-consent-login";

    /// <summary><c>GET|POST /partner/consume-consent</c> on the Dhan auth base (partner flow).</summary>
    public const string DhanPartnerConsumeConsent = "dhan.auth.partner-consume-consent";

    /// <summary><c>GET /v2/RenewToken</c>.</summary>
    public const string DhanRenewToken = "dhan.auth.renew-token";

    /// <summary><c>GET /v2/profile</c>.</summary>
    public const string DhanProfile = "dhan.user.profile";

    /// <summary><c>POST /v2/orders</c>.</summary>
    public const string DhanOrdersCreate = "dhan.orders.create";

    /// <summary><c>PUT /v2/orders/{order-id}</c>.</summary>
    public const string DhanOrdersModify = "dhan.orders.modify";

    /// <summary><c>DELETE /v2/orders/{order-id}</c>.</summary>
    public const string DhanOrdersCancel = "dhan.orders.cancel";

    /// <summary><c>GET /v2/orders</c>.</summary>
    public const string DhanOrdersList = "dhan.orders.list";

    /// <summary><c>GET /v2/orders/{order-id}</c>.</summary>
    public const string DhanOrdersGet = "dhan.orders.get";

    /// <summary><c>GET /v2/orders/external/{correlation-id}</c>.</summary>
    public const string DhanOrdersByCorrelation = "dhan.orders.by-correlation";

    /// <summary><c>GET /v2/trades</c>.</summary>
    public const string DhanTrades = "dhan.trades.list";

    /// <summary><c>GET /v2/trades/{order-id}</c>.</summary>
    public const string DhanTradesByOrder = "dhan.trades.by-order";

    /// <summary><c>GET /v2/holdings</c>.</summary>
    public const string DhanHoldings = "dhan.portfolio.holdings";

    /// <summary><c>GET /v2/positions</c>.</summary>
    public const string DhanPositions = "dhan.portfolio.positions";

    /// <summary><c>GET /v2/fundlimit</c>.</summary>
    public const string DhanFundLimit = "dhan.funds.limit";

    /// <summary><c>POST /v2/marketfeed/ltp</c>.</summary>
    public const string DhanLtp = "dhan.marketfeed.ltp";

    /// <summary><c>POST /v2/marketfeed/ohlc</c>.</summary>
    public const string DhanOhlc = "dhan.marketfeed.ohlc";

    /// <summary><c>POST /v2/marketfeed/quote</c>.</summary>
    public const string DhanQuote = "dhan.marketfeed.quote";

    /// <summary><c>POST /v2/ip/setIP</c>.</summary>
    public const string DhanIpSet = "dhan.ip.set";

    /// <summary><c>PUT /v2/ip/modifyIP</c>.</summary>
    public const string DhanIpModify = "dhan.ip.modify";

    /// <summary><c>GET /v2/ip/getIP</c>.</summary>
    public const string DhanIpGet = "dhan.ip.get";

    /// <summary><c>POST /v2/super/orders</c>.</summary>
    public const string DhanSuperOrdersCreate = "dhan.super-orders.create";

    /// <summary><c>PUT /v2/super/orders/{order-id}</c>.</summary>
    public const string DhanSuperOrdersModify = "dhan.super-orders.modify";

    /// <summary><c>DELETE /v2/super/orders/{order-id}/{order-leg}</c>.</summary>
    public const string DhanSuperOrdersCancel = "dhan.super-orders.cancel";

    /// <summary><c>GET /v2/super/orders</c>.</summary>
    public const string DhanSuperOrdersList = "dhan.super-orders.list";

    /// <summary><c>POST /v2/alerts/orders</c> (conditional triggers).</summary>
    public const string DhanAlertsCreate = "dhan.alerts.create";

    /// <summary><c>PUT /v2/alerts/orders/{alertId}</c>.</summary>
    public const string DhanAlertsModify = "dhan.alerts.modify";

    /// <summary><c>DELETE /v2/alerts/orders/{alertId}</c>.</summary>
    public const string DhanAlertsDelete = "dhan.alerts.delete";

    /// <summary><c>GET /v2/alerts/orders/{alertId}</c>.</summary>
    public const string DhanAlertsGet = "dhan.alerts.get";

    /// <summary><c>GET /v2/alerts/orders</c>.</summary>
    public const string DhanAlertsList = "dhan.alerts.list";

    /// <summary><c>GET /v2/ledger?from-date=&amp;to-date=</c>.</summary>
    public const string DhanLedger = "dhan.statements.ledger";

    /// <summary><c>GET /v2/trades/{from-date}/{to-date}/{page}</c>.</summary>
    public const string DhanTradeHistory = "dhan.statements.trade-history";

    /// <summary><c>GET /v2/edis/tpin</c>.</summary>
    public const string DhanEdisTpin = "dhan.edis.tpin";

    /// <summary><c>POST /v2/edis/form</c>.</summary>
    public const string DhanEdisForm = "dhan.edis.form";

    /// <summary><c>POST /v2/edis/bulkform</c>.</summary>
    public const string DhanEdisBulkForm = "dhan.edis.bulk-form";

    /// <summary><c>GET /v2/edis/inquire/{isin}</c>.</summary>
    public const string DhanEdisInquire = "dhan.edis.inquire";

    /// <summary><c>POST /v2/optionchain</c>.</summary>
    public const string DhanOptionChain = "dhan.option-chain.chain";

    /// <summary><c>POST /v2/optionchain/expirylist</c>.</summary>
    public const string DhanOptionChainExpiryList = "dhan.option-chain.expiry-list";

    /// <summary><c>POST /v2/charts/rollingoption</c> (expired options).</summary>
    public const string DhanChartsRollingOption = "dhan.charts.rolling-option";

    /// <summary><c>POST /v2/margincalculator/multi</c>.</summary>
    public const string DhanMarginCalculatorMulti = "dhan.funds.margin-calculator-multi";

    /// <summary><c>POST /v2/positions/convert</c>.</summary>
    public const string DhanPositionsConvert = "dhan.portfolio.convert";

    /// <summary><c>POST /v2/pnlExit</c>.</summary>
    public const string DhanPnlExitSet = "dhan.traders-control.pnl-exit-set";

    /// <summary><c>DELETE /v2/pnlExit</c>.</summary>
    public const string DhanPnlExitStop = "dhan.traders-control.pnl-exit-stop";

    /// <summary><c>GET /v2/pnlExit</c>.</summary>
    public const string DhanPnlExitGet = "dhan.traders-control.pnl-exit-get";

    /// <summary>Recorded for a request no endpoint matched (answered 404 in the broker's style); faults cannot target it.</summary>
    public const string Unmatched = "unmatched";

    /// <summary>Every endpoint name that faults can target.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        GrowwAuthToken, GrowwUserDetail, GrowwOrdersCreate, GrowwOrdersModify, GrowwOrdersCancel, GrowwOrdersStatus,
        GrowwOrdersStatusByReference, GrowwOrdersList, GrowwOrdersDetail, GrowwOrdersTrades, GrowwHoldings, GrowwPositions,
        GrowwPositionBySymbol, GrowwMargins, GrowwQuote, GrowwLtp, GrowwOhlc, GrowwInstruments, DhanScripMaster, DhanScripMasterDetailed,
        DhanInstrumentSegment, GrowwHistoricalCandles, DhanChartsHistorical, DhanChartsIntraday,
        GrowwHistoricalExpiries, GrowwHistoricalContracts, GrowwGreeks, GrowwOptionChain,
        GrowwSmartOrdersCreate, GrowwSmartOrdersModify, GrowwSmartOrdersCancel, GrowwSmartOrdersGet, GrowwSmartOrdersList,
        DhanForeverOrdersCreate, DhanForeverOrdersModify, DhanForeverOrdersCancel, DhanForeverOrdersList,
        DhanKillSwitchSet, DhanKillSwitchGet, DhanExitAll,
        GrowwFeedToken, GrowwOrderMargin, DhanMarginCalculator, DhanOrdersSlice,
        DhanGenerateToken, DhanGenerateConsent, DhanConsentLogin, DhanConsumeConsent, DhanRenewToken, DhanProfile,
        DhanPartnerGenerateConsent, DhanPartnerConsentLogin, DhanPartnerConsumeConsent,
        DhanOrdersCreate, DhanOrdersModify, DhanOrdersCancel, DhanOrdersList, DhanOrdersGet, DhanOrdersByCorrelation,
        DhanTrades, DhanTradesByOrder, DhanHoldings, DhanPositions, DhanFundLimit, DhanLtp, DhanOhlc, DhanQuote,
        DhanIpSet, DhanIpModify, DhanIpGet,
        DhanSuperOrdersCreate, DhanSuperOrdersModify, DhanSuperOrdersCancel, DhanSuperOrdersList,
        DhanAlertsCreate, DhanAlertsModify, DhanAlertsDelete, DhanAlertsGet, DhanAlertsList,
        DhanLedger, DhanTradeHistory, DhanEdisTpin, DhanEdisForm, DhanEdisBulkForm, DhanEdisInquire,
        DhanOptionChain, DhanOptionChainExpiryList, DhanChartsRollingOption, DhanMarginCalculatorMulti, DhanPositionsConvert,
        DhanPnlExitSet, DhanPnlExitStop, DhanPnlExitGet,
    };
}
