using Broker.Authentication;
using Broker.Dhan.Authentication;
using Broker.Dhan.ConditionalTriggers;
using Broker.Dhan.Edis;
using Broker.Dhan.ForeverOrders;
using Broker.Dhan.Funds;
using Broker.Dhan.Historical;
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

/// <summary>
/// A DhanHQ API v2 account: one area client per part of the API. Get it from DI (<c>AddDhanClient</c>) or from
/// <see cref="DhanClient.Create"/>. Thread-safe; share one instance per account.
/// </summary>
public interface IDhanClient
{
    /// <summary>Orders, order book and trade book.</summary>
    IDhanOrdersClient Orders { get; }

    /// <summary>Super orders (entry with target and stop-loss legs).</summary>
    IDhanSuperOrdersClient SuperOrders { get; }

    /// <summary>Forever orders (GTT, single and OCO).</summary>
    IDhanForeverOrdersClient ForeverOrders { get; }

    /// <summary>Conditional triggers (alerts that place orders).</summary>
    IDhanConditionalTriggersClient ConditionalTriggers { get; }

    /// <summary>Holdings and positions.</summary>
    IDhanPortfolioClient Portfolio { get; }

    /// <summary>Fund limit and margin calculators.</summary>
    IDhanFundsClient Funds { get; }

    /// <summary>Ledger and trade history.</summary>
    IDhanStatementsClient Statements { get; }

    /// <summary>Kill switch and P&amp;L based exit.</summary>
    IDhanTradersControlClient TradersControl { get; }

    /// <summary>EDIS (T-PIN, CDSL form, approval status).</summary>
    IDhanEdisClient Edis { get; }

    /// <summary>Static IP whitelisting.</summary>
    IDhanStaticIpClient StaticIp { get; }

    /// <summary>Market quote snapshots (LTP, OHLC, full quote).</summary>
    IDhanMarketQuoteClient MarketQuote { get; }

    /// <summary>Historical candles (daily, intraday, expired options).</summary>
    IDhanHistoricalClient Historical { get; }

    /// <summary>Option chain and expiry list.</summary>
    IDhanOptionChainClient OptionChain { get; }

    /// <summary>The user profile (token validity, segments, data plan).</summary>
    IDhanProfileClient Profile { get; }

    /// <summary>The API-key consent flow (for obtaining a token with a browser login).</summary>
    IDhanConsentClient Consent { get; }

    /// <summary>The partner consent flow (for partner platforms obtaining a user's token with a browser login).</summary>
    IDhanPartnerConsentClient PartnerConsent { get; }

    /// <summary>The account's token manager: current token, expiry, renewals.</summary>
    TokenManager Tokens { get; }
}
