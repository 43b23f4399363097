using System.Runtime.InteropServices;

namespace Broker.Dhan.Feeds;

/// <summary>One price level of a 20/200-level depth packet (16 bytes on the wire: <c>f64 price | u32 quantity | u32 orders</c>).</summary>
/// <param name="Price">The price (0 for an empty level).</param>
/// <param name="Quantity">The quantity at this price.</param>
/// <param name="Orders">The number of orders at this price.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct DhanDepthEntry(decimal Price, long Quantity, long Orders);
