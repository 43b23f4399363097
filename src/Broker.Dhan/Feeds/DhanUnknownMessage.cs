namespace Broker.Dhan.Feeds;

/// <summary>A text message from the order-update socket that is not an <c>order_alert</c> (acknowledgements and heartbeats are undocumented), or not JSON.</summary>
/// <param name="Type">The message's <c>Type</c>, when it has one.</param>
/// <param name="RawText">The message as received.</param>
public sealed record DhanUnknownMessage(string? Type, string RawText) : DhanFeedEvent;
