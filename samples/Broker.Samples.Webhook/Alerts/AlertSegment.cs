namespace Broker.Samples.Webhook.Alerts;

/// <summary>The market segment (<c>segment</c>).</summary>
internal enum AlertSegment
{
    /// <summary><c>CASH</c> (also <c>EQ</c>, <c>EQUITY</c>): stocks and ETFs.</summary>
    Cash = 1,

    /// <summary><c>FNO</c> (also <c>FO</c>, <c>DERIVATIVES</c>): futures and options.</summary>
    Derivatives,

    /// <summary><c>COMMODITY</c> (also <c>COMM</c>): commodity derivatives.</summary>
    Commodity,
}
