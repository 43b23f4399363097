using System.Runtime.InteropServices;

namespace Broker.Dhan.Feeds;

/// <summary>One of the five depth levels of a full packet (20 bytes on the wire: <c>u32 bid qty | u32 ask qty | u16 bid orders | u16 ask orders | f32 bid | f32 ask</c>).</summary>
/// <param name="BidQuantity">The quantity bid at this level.</param>
/// <param name="AskQuantity">The quantity offered at this level.</param>
/// <param name="BidOrders">The number of bid orders.</param>
/// <param name="AskOrders">The number of ask orders.</param>
/// <param name="BidPrice">The bid price (0 when the level is empty).</param>
/// <param name="AskPrice">The ask price (0 when the level is empty).</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct DhanMarketDepthLevel(long BidQuantity, long AskQuantity, int BidOrders, int AskOrders, decimal BidPrice, decimal AskPrice);
