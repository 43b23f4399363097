using Broker.Authentication;
using Broker.Groww.Historical;
using Broker.Groww.LiveData;
using Broker.Groww.Margins;
using Broker.Groww.Orders;
using Broker.Groww.Portfolio;
using Broker.Groww.SmartOrders;
using Broker.Groww.Users;

namespace Broker.Groww;

/// <summary>
/// The Groww Trading API v1 for one account, by area: <c>client.Orders.PlaceOrderAsync(…)</c>,
/// <c>client.Portfolio.GetPositionsAsync(…)</c>. Tokens, rate limits and retries of reads are handled for you.
/// Every area is an interface, so tests can replace it.
/// </summary>
public interface IGrowwClient
{
    /// <summary>Orders: place, modify, cancel, status, list, detail, trades.</summary>
    IGrowwOrdersClient Orders { get; }

    /// <summary>Smart orders: GTT and OCO.</summary>
    IGrowwSmartOrdersClient SmartOrders { get; }

    /// <summary>Holdings and positions.</summary>
    IGrowwPortfolioClient Portfolio { get; }

    /// <summary>Available margin and margin calculations.</summary>
    IGrowwMarginsClient Margins { get; }

    /// <summary>Quote, LTP, OHLC, option chain, greeks.</summary>
    IGrowwLiveDataClient LiveData { get; }

    /// <summary>Historical candles, expiries and contracts.</summary>
    IGrowwHistoricalClient Historical { get; }

    /// <summary>The user's profile.</summary>
    IGrowwUserClient User { get; }

    /// <summary>
    /// The account's token manager: the token in use (<see cref="TokenManager.CurrentToken"/>, for a health check of its
    /// remaining life), the flow, and a way to force a new token. Shared by every client of the account.
    /// </summary>
    TokenManager Tokens { get; }
}
