using Broker.Sandbox.Hosting;
using N = Broker.Sandbox.SandboxEndpointNames;
using C = Broker.Sandbox.GrowwRateCategories;

namespace Broker.Sandbox.Groww;

/// <summary>The Groww v1 route table, mounted at the server root (<c>/v1/...</c>), as on <c>https://api.groww.in</c>.</summary>
internal static class GrowwRoutes
{
    public static IEnumerable<SandboxEndpoint> Create(GrowwBroker broker)
    {
        var orders = new GrowwOrderEndpoints(broker);
        var portfolio = new GrowwPortfolioEndpoints(broker);
        var live = new GrowwLiveDataEndpoints(broker);
        var instruments = new GrowwInstrumentEndpoints(broker);
        var feed = new GrowwFeedTokenEndpoints(broker);
        var margins = new GrowwMarginEndpoints(broker);
        var smart = new GrowwSmartOrderEndpoints(broker);
        var candles = new Engine.CandleGenerator(broker.Context.Options.PriceWalkSeed);
        var historical = new GrowwHistoricalEndpoints(broker, candles);
        var contracts = new GrowwContractEndpoints(broker, candles);
        var options = new GrowwOptionEndpoints(broker);
        var api = GrowwProtocol.Instance;
        Func<RequestData, AuthOutcome> token = broker.AuthenticateAccessToken;

        SandboxEndpoint E(string name, string category, string method, string pattern, Func<RequestData, AuthOutcome, SandboxResponse> handle) =>
            new(name, SandboxBrokers.Groww, category, method, pattern, api, token, handle);

        return
        [
            new(N.GrowwAuthToken, SandboxBrokers.Groww, C.Authentication, "POST", "/v1/token/api/access", GrowwMintProtocol.Instance, broker.AuthenticateApiKey, broker.MintToken),
            E(N.GrowwUserDetail, C.NonTrading, "GET", "/v1/user/detail", GrowwPortfolioEndpoints.UserDetail),
            E(N.GrowwOrdersCreate, C.Orders, "POST", "/v1/order/create", orders.Create),
            E(N.GrowwOrdersModify, C.Orders, "POST", "/v1/order/modify", orders.Modify),
            E(N.GrowwOrdersCancel, C.Orders, "POST", "/v1/order/cancel", orders.Cancel),
            E(N.GrowwOrdersStatus, C.NonTrading, "GET", "/v1/order/status/{groww_order_id}", GrowwOrderEndpoints.Status),
            E(N.GrowwOrdersStatusByReference, C.NonTrading, "GET", "/v1/order/status/reference/{order_reference_id}", GrowwOrderEndpoints.StatusByReference),
            E(N.GrowwOrdersList, C.NonTrading, "GET", "/v1/order/list", GrowwOrderEndpoints.List),
            E(N.GrowwOrdersDetail, C.NonTrading, "GET", "/v1/order/detail/{groww_order_id}", GrowwOrderEndpoints.Detail),
            E(N.GrowwOrdersTrades, C.NonTrading, "GET", "/v1/order/trades/{groww_order_id}", GrowwOrderEndpoints.Trades),
            E(N.GrowwHoldings, C.NonTrading, "GET", "/v1/holdings/user", GrowwPortfolioEndpoints.Holdings),
            E(N.GrowwPositions, C.NonTrading, "GET", "/v1/positions/user", GrowwPortfolioEndpoints.Positions),
            E(N.GrowwPositionBySymbol, C.NonTrading, "GET", "/v1/positions/trading-symbol", portfolio.PositionBySymbol),
            E(N.GrowwMargins, C.NonTrading, "GET", "/v1/margins/detail/user", portfolio.Margins),
            E(N.GrowwQuote, C.LiveData, "GET", "/v1/live-data/quote", live.Quote),
            E(N.GrowwLtp, C.LiveData, "GET", "/v1/live-data/ltp", live.Ltp),
            E(N.GrowwOhlc, C.LiveData, "GET", "/v1/live-data/ohlc", live.Ohlc),
            E(N.GrowwOptionChain, C.LiveData, "GET", "/v1/option-chain/exchange/{exchange}/underlying/{underlying}", options.Chain),
            E(N.GrowwGreeks, C.LiveData, "GET", "/v1/live-data/greeks/exchange/{exchange}/underlying/{underlying}/trading_symbol/{trading_symbol}/expiry/{expiry}", options.Greeks),
            E(N.GrowwSmartOrdersCreate, C.Orders, "POST", "/v1/order-advance/create", smart.Create),
            E(N.GrowwSmartOrdersModify, C.Orders, "PUT", "/v1/order-advance/modify/{smart_order_id}", smart.Modify),
            E(N.GrowwSmartOrdersCancel, C.Orders, "POST", "/v1/order-advance/cancel/{segment}/{smart_order_type}/{smart_order_id}", smart.Cancel),
            E(N.GrowwSmartOrdersGet, C.NonTrading, "GET", "/v1/order-advance/status/{segment}/{smart_order_type}/internal/{smart_order_id}", smart.Get),
            E(N.GrowwSmartOrdersList, C.NonTrading, "GET", "/v1/order-advance/list", smart.List),
            E(N.GrowwFeedToken, C.NonTrading, "POST", "/v1/api/apex/v1/socket/token/create", feed.Create),
            E(N.GrowwOrderMargin, C.NonTrading, "POST", "/v1/margins/detail/orders", margins.OrderMargin),
            E(N.GrowwHistoricalCandles, C.Historical, "GET", "/v1/historical/candles", historical.Candles),
            E(N.GrowwHistoricalExpiries, C.Historical, "GET", "/v1/historical/expiries", contracts.Expiries),
            E(N.GrowwHistoricalContracts, C.Historical, "GET", "/v1/historical/contracts", contracts.Contracts),
            new(N.GrowwInstruments, SandboxBrokers.Groww, C.Instruments, "GET", "/instruments/instrument.csv", api, _ => AuthOutcome.Anonymous, instruments.Csv),
        ];
    }
}
