namespace Broker.Samples.Webhook.Alerts;

/// <summary>The product (<c>product</c>), in words both brokers map to.</summary>
internal enum AlertProduct
{
    /// <summary><c>CNC</c> / <c>DELIVERY</c>: cash-and-carry equity (Dhan CNC, Groww CNC).</summary>
    Delivery = 1,

    /// <summary><c>MIS</c> / <c>INTRADAY</c>: squared off the same day (Dhan INTRADAY, Groww MIS).</summary>
    Intraday,

    /// <summary><c>NRML</c> / <c>MARGIN</c>: carry-forward derivatives (Dhan MARGIN, Groww NRML).</summary>
    Margin,
}
