using Broker.Authentication;
using Broker.Dhan.Authentication;
using Broker.Dhan.ConditionalTriggers;
using Broker.Dhan.Edis;
using Broker.Dhan.ForeverOrders;
using Broker.Dhan.Funds;
using Broker.Dhan.Historical;
using Broker.Dhan.Http;
using Broker.Dhan.MarketQuote;
using Broker.Dhan.OptionChain;
using Broker.Dhan.Orders;
using Broker.Dhan.Portfolio;
using Broker.Dhan.Profile;
using Broker.Dhan.Statements;
using Broker.Dhan.StaticIp;
using Broker.Dhan.SuperOrders;
using Broker.Dhan.TradersControl;

namespace Broker.Dhan;

/// <inheritdoc />
internal sealed class DhanClient : IDhanClient
{
    public DhanClient(DhanClientContext context, TokenManager tokens)
    {
        Tokens = tokens;
        Orders = new DhanOrdersClient(context);
        SuperOrders = new DhanSuperOrdersClient(context);
        ForeverOrders = new DhanForeverOrdersClient(context);
        ConditionalTriggers = new DhanConditionalTriggersClient(context);
        Portfolio = new DhanPortfolioClient(context);
        Funds = new DhanFundsClient(context);
        Statements = new DhanStatementsClient(context);
        TradersControl = new DhanTradersControlClient(context);
        Edis = new DhanEdisClient(context);
        StaticIp = new DhanStaticIpClient(context);
        MarketQuote = new DhanMarketQuoteClient(context);
        Historical = new DhanHistoricalClient(context);
        OptionChain = new DhanOptionChainClient(context);
        Profile = new DhanProfileClient(context);
        Consent = new DhanConsentClient(context.Invoker, context.Options.Environment, context.Options.HttpVersion, context.Options.HttpVersionPolicy, context.TimeProvider);
    }

    public IDhanOrdersClient Orders { get; }

    public IDhanSuperOrdersClient SuperOrders { get; }

    public IDhanForeverOrdersClient ForeverOrders { get; }

    public IDhanConditionalTriggersClient ConditionalTriggers { get; }

    public IDhanPortfolioClient Portfolio { get; }

    public IDhanFundsClient Funds { get; }

    public IDhanStatementsClient Statements { get; }

    public IDhanTradersControlClient TradersControl { get; }

    public IDhanEdisClient Edis { get; }

    public IDhanStaticIpClient StaticIp { get; }

    public IDhanMarketQuoteClient MarketQuote { get; }

    public IDhanHistoricalClient Historical { get; }

    public IDhanOptionChainClient OptionChain { get; }

    public IDhanProfileClient Profile { get; }

    public IDhanConsentClient Consent { get; }

    public TokenManager Tokens { get; }

    public override string ToString() => $"DhanClient({Tokens.AccountKey})";
}
