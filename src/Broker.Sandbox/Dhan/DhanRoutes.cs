using Broker.Sandbox.Hosting;
using C = Broker.Sandbox.DhanRateCategories;
using N = Broker.Sandbox.SandboxEndpointNames;

namespace Broker.Sandbox.Dhan;

/// <summary>
/// The Dhan route table: the API host's routes at <c>/v2/...</c> and the auth host's at <c>/app/...</c> and
/// <c>/login/...</c>, all on the server root, so both base URIs are plain prefixes of the real paths.
/// </summary>
internal static class DhanRoutes
{
    public static IEnumerable<SandboxEndpoint> Create(DhanBroker broker)
    {
        var orders = new DhanOrderEndpoints(broker);
        var account = new DhanAccountEndpoints(broker);
        var feed = new DhanMarketFeedEndpoints(broker);
        var instruments = new DhanInstrumentEndpoints(broker);
        var margins = new DhanMarginEndpoints(broker);
        var forever = new DhanForeverOrderEndpoints(broker);
        var control = new DhanTradersControlEndpoints(broker);
        var staticIp = new DhanStaticIpEndpoints(broker);
        var super = new DhanSuperOrderEndpoints(broker);
        var alerts = new DhanConditionalTriggerEndpoints(broker);
        var pnlExit = new DhanPnlExitEndpoints(broker);
        var conversion = new DhanPositionConversionEndpoints(broker);
        var candles = new Engine.CandleGenerator(broker.Context.Options.PriceWalkSeed);
        var charts = new DhanChartEndpoints(broker, candles);
        var rolling = new DhanRollingOptionEndpoints(broker, candles);
        var optionChain = new DhanOptionChainEndpoints(broker);
        var trading = DhanTradingProtocol.Instance;
        var data = DhanDataProtocol.Instance;
        var authHost = broker.AuthProtocol;
        Func<RequestData, AuthOutcome> anonymous = _ => AuthOutcome.Anonymous;

        SandboxEndpoint T(string name, string category, string method, string pattern, Func<RequestData, AuthOutcome, SandboxResponse> handle) =>
            new(name, SandboxBrokers.Dhan, category, method, pattern, trading, broker.AuthenticateTrading, handle);

        SandboxEndpoint Q(string name, string pattern, Func<RequestData, AuthOutcome, SandboxResponse> handle) =>
            new(name, SandboxBrokers.Dhan, C.Quote, "POST", pattern, data, broker.AuthenticateData, handle);

        SandboxEndpoint D(string name, string pattern, Func<RequestData, AuthOutcome, SandboxResponse> handle) =>
            new(name, SandboxBrokers.Dhan, C.Data, "POST", pattern, data, broker.AuthenticateData, handle);

        SandboxEndpoint A(string name, string method, string pattern, Func<RequestData, AuthOutcome> authenticate, Func<RequestData, AuthOutcome, SandboxResponse> handle) =>
            new(name, SandboxBrokers.Dhan, C.Auth, method, pattern, authHost, authenticate, handle);

        return
        [
            A(N.DhanGenerateToken, "POST", "/app/generateAccessToken", broker.IdentifyByClientIdQuery, broker.GenerateAccessToken),
            A(N.DhanGenerateConsent, "POST", "/app/generate-consent", broker.IdentifyByAppCredentials, broker.GenerateConsent),
            A(N.DhanConsentLogin, "GET", "/login/consentApp-login", anonymous, broker.ConsentLogin),
            A(N.DhanConsumeConsent, "GET", "/app/consumeApp-consent", broker.IdentifyByAppCredentials, broker.ConsumeConsent),
            A(N.DhanConsumeConsent, "POST", "/app/consumeApp-consent", broker.IdentifyByAppCredentials, broker.ConsumeConsent),
            A(N.DhanPartnerGenerateConsent, "POST", "/partner/generate-consent", broker.IdentifyPartner, broker.PartnerGenerateConsent),
            A(N.DhanPartnerGenerateConsent, "GET", "/partner/generate-consent", broker.IdentifyPartner, broker.PartnerGenerateConsent),
            A(N.DhanPartnerConsentLogin, "GET", "/consent-login", anonymous, broker.PartnerConsentLogin),
            A(N.DhanPartnerConsumeConsent, "GET", "/partner/consume-consent", broker.IdentifyPartner, broker.PartnerConsumeConsent),
            A(N.DhanPartnerConsumeConsent, "POST", "/partner/consume-consent", broker.IdentifyPartner, broker.PartnerConsumeConsent),
            T(N.DhanRenewToken, C.NonTrading, "GET", "/v2/RenewToken", broker.RenewToken),
            new(N.DhanRenewToken, SandboxBrokers.Dhan, C.NonTrading, "POST", "/v2/RenewToken", trading, anonymous, DhanBroker.RenewTokenWrongMethod),
            T(N.DhanProfile, C.NonTrading, "GET", "/v2/profile", account.Profile),
            T(N.DhanOrdersCreate, C.Order, "POST", "/v2/orders", orders.Create),
            T(N.DhanOrdersModify, C.Order, "PUT", "/v2/orders/{orderId}", orders.Modify),
            T(N.DhanOrdersCancel, C.Order, "DELETE", "/v2/orders/{orderId}", orders.Cancel),
            T(N.DhanOrdersList, C.NonTrading, "GET", "/v2/orders", DhanOrderEndpoints.List),
            T(N.DhanOrdersGet, C.NonTrading, "GET", "/v2/orders/{orderId}", DhanOrderEndpoints.Get),
            T(N.DhanOrdersByCorrelation, C.NonTrading, "GET", "/v2/orders/external/{correlationId}", DhanOrderEndpoints.ByCorrelationId),
            T(N.DhanTrades, C.NonTrading, "GET", "/v2/trades", DhanOrderEndpoints.Trades),
            T(N.DhanTradesByOrder, C.NonTrading, "GET", "/v2/trades/{orderId}", DhanOrderEndpoints.TradesByOrder),
            T(N.DhanHoldings, C.NonTrading, "GET", "/v2/holdings", account.Holdings),
            T(N.DhanPositions, C.NonTrading, "GET", "/v2/positions", DhanAccountEndpoints.Positions),
            T(N.DhanFundLimit, C.NonTrading, "GET", "/v2/fundlimit", account.FundLimit),
            Q(N.DhanLtp, "/v2/marketfeed/ltp", feed.Ltp),
            Q(N.DhanOhlc, "/v2/marketfeed/ohlc", feed.Ohlc),
            Q(N.DhanQuote, "/v2/marketfeed/quote", feed.Quote),
            T(N.DhanForeverOrdersCreate, C.Order, "POST", "/v2/forever/orders", forever.Create),
            T(N.DhanForeverOrdersModify, C.Order, "PUT", "/v2/forever/orders/{orderId}", forever.Modify),
            T(N.DhanForeverOrdersCancel, C.Order, "DELETE", "/v2/forever/orders/{orderId}", forever.Cancel),
            T(N.DhanForeverOrdersList, C.NonTrading, "GET", "/v2/forever/orders", forever.List),
            T(N.DhanKillSwitchSet, C.NonTrading, "POST", "/v2/killswitch", DhanTradersControlEndpoints.Set),
            T(N.DhanKillSwitchGet, C.NonTrading, "GET", "/v2/killswitch", DhanTradersControlEndpoints.Get),
            T(N.DhanExitAll, C.Order, "DELETE", "/v2/positions", control.ExitAll),
            T(N.DhanOrdersSlice, C.Order, "POST", "/v2/orders/slicing", orders.Slice),
            T(N.DhanIpSet, C.NonTrading, "POST", "/v2/ip/setIP", staticIp.Set),
            T(N.DhanIpModify, C.NonTrading, "PUT", "/v2/ip/modifyIP", staticIp.Modify),
            T(N.DhanIpGet, C.NonTrading, "GET", "/v2/ip/getIP", DhanStaticIpEndpoints.Get),
            T(N.DhanSuperOrdersCreate, C.Order, "POST", "/v2/super/orders", super.Create),
            T(N.DhanSuperOrdersModify, C.Order, "PUT", "/v2/super/orders/{orderId}", super.Modify),
            T(N.DhanSuperOrdersCancel, C.Order, "DELETE", "/v2/super/orders/{orderId}/{orderLeg}", super.Cancel),
            T(N.DhanSuperOrdersList, C.NonTrading, "GET", "/v2/super/orders", super.List),
            T(N.DhanAlertsCreate, C.Order, "POST", "/v2/alerts/orders", alerts.Create),
            T(N.DhanAlertsModify, C.Order, "PUT", "/v2/alerts/orders/{alertId}", alerts.Modify),
            T(N.DhanAlertsDelete, C.Order, "DELETE", "/v2/alerts/orders/{alertId}", alerts.Delete),
            T(N.DhanAlertsGet, C.NonTrading, "GET", "/v2/alerts/orders/{alertId}", alerts.Get),
            T(N.DhanAlertsList, C.NonTrading, "GET", "/v2/alerts/orders", alerts.List),
            T(N.DhanLedger, C.NonTrading, "GET", "/v2/ledger", DhanStatementEndpoints.Ledger),
            T(N.DhanTradeHistory, C.NonTrading, "GET", "/v2/trades/{fromDate}/{toDate}/{page}", DhanStatementEndpoints.TradeHistory),
            T(N.DhanEdisTpin, C.NonTrading, "GET", "/v2/edis/tpin", DhanEdisEndpoints.Tpin),
            T(N.DhanEdisForm, C.NonTrading, "POST", "/v2/edis/form", DhanEdisEndpoints.Form),
            T(N.DhanEdisBulkForm, C.NonTrading, "POST", "/v2/edis/bulkform", DhanEdisEndpoints.BulkForm),
            T(N.DhanEdisInquire, C.NonTrading, "GET", "/v2/edis/inquire/{isin}", DhanEdisEndpoints.Inquire),
            T(N.DhanMarginCalculatorMulti, C.NonTrading, "POST", "/v2/margincalculator/multi", margins.CalculateMulti),
            T(N.DhanPositionsConvert, C.Order, "POST", "/v2/positions/convert", conversion.Convert),
            T(N.DhanPnlExitSet, C.NonTrading, "POST", "/v2/pnlExit", pnlExit.Set),
            T(N.DhanPnlExitStop, C.NonTrading, "DELETE", "/v2/pnlExit", DhanPnlExitEndpoints.Stop),
            T(N.DhanPnlExitGet, C.NonTrading, "GET", "/v2/pnlExit", pnlExit.Get),
            D(N.DhanOptionChain, "/v2/optionchain", optionChain.Chain),
            D(N.DhanOptionChainExpiryList, "/v2/optionchain/expirylist", optionChain.ExpiryList),
            T(N.DhanChartsRollingOption, C.Data, "POST", "/v2/charts/rollingoption", rolling.RollingOption),
            T(N.DhanMarginCalculator, C.NonTrading, "POST", "/v2/margincalculator", margins.Calculate),
            T(N.DhanChartsHistorical, C.Data, "POST", "/v2/charts/historical", charts.Historical),
            T(N.DhanChartsIntraday, C.Data, "POST", "/v2/charts/intraday", charts.Intraday),
            T(N.DhanInstrumentSegment, C.Data, "GET", "/v2/instrument/{exchangeSegment}", instruments.Segment),
            new(N.DhanScripMaster, SandboxBrokers.Dhan, C.Instruments, "GET", "/api-data/api-scrip-master.csv", trading, anonymous, instruments.Compact),
            new(N.DhanScripMasterDetailed, SandboxBrokers.Dhan, C.Instruments, "GET", "/api-data/api-scrip-master-detailed.csv", trading, anonymous, instruments.Detailed),
        ];
    }
}
