namespace Broker.Dhan.Feeds;

/// <summary>The <c>RequestCode</c> of a JSON message sent to Dhan's feed sockets (spec §10.2, §11.2).</summary>
public enum DhanFeedRequestCode
{
    /// <summary>11: connect (legacy; unused in v2).</summary>
    Connect = 11,

    /// <summary>12: disconnect: <c>{"RequestCode":12}</c>.</summary>
    Disconnect = 12,

    /// <summary>15: subscribe in ticker mode.</summary>
    SubscribeTicker = 15,

    /// <summary>16: unsubscribe ticker mode.</summary>
    UnsubscribeTicker = 16,

    /// <summary>17: subscribe in quote mode.</summary>
    SubscribeQuote = 17,

    /// <summary>18: unsubscribe quote mode.</summary>
    UnsubscribeQuote = 18,

    /// <summary>21: subscribe in full mode.</summary>
    SubscribeFull = 21,

    /// <summary>22: unsubscribe full mode.</summary>
    UnsubscribeFull = 22,

    /// <summary>23: subscribe to 20- or 200-level depth (depth sockets only).</summary>
    SubscribeDepth = 23,

    /// <summary>24: unsubscribe depth per the classic docs and the official SDK (the default).</summary>
    UnsubscribeDepth = 24,

    /// <summary>25: unsubscribe depth per the newer portal's annexure.</summary>
    UnsubscribeDepthPortal = 25,
}
