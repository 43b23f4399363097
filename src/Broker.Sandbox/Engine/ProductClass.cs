namespace Broker.Sandbox.Engine;

/// <summary>How a product settles, which decides its margin and whether fills move holdings.</summary>
internal enum ProductClass
{
    /// <summary>Groww CNC, Dhan CNC/MTF: full value, fills move demat holdings.</summary>
    Delivery,

    /// <summary>Groww MIS, Dhan INTRADAY: the intraday margin rate.</summary>
    Intraday,

    /// <summary>Groww NRML, Dhan MARGIN: full value.</summary>
    CarryForward,
}
