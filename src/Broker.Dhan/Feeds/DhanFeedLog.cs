using Microsoft.Extensions.Logging;

namespace Broker.Dhan.Feeds;

/// <summary>Source-generated log events of the Dhan feeds (event ids 5100–5199). Never a token or a URL with its query.</summary>
internal static partial class DhanFeedLog
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "Dhan {Feed} connection {Connection} connected to {Host} (attempt {Attempt})")]
    public static partial void Connected(ILogger logger, string feed, int connection, string host, int attempt);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Dhan {Feed} connection {Connection} closed: {Detail}; reconnecting in {DelayMilliseconds} ms")]
    public static partial void Disconnected(ILogger logger, string feed, int connection, string detail, long delayMilliseconds);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "Dhan {Feed} connection {Connection} sent disconnect reason {ReasonCode}: {Reason}")]
    public static partial void ServerDisconnect(ILogger logger, string feed, int connection, int reasonCode, string reason);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "Dhan {Feed} connection {Connection} silent for {SilenceMilliseconds} ms during market hours; reconnecting")]
    public static partial void Stalled(ILogger logger, string feed, int connection, long silenceMilliseconds);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Error, Message = "Dhan {Feed} stopped after {Failures} authentication failures in a row")]
    public static partial void AuthenticationGaveUp(ILogger logger, string feed, int failures);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Warning, Message = "Dhan {Feed} connection {Connection}: {Problem}")]
    public static partial void MalformedFrame(ILogger logger, string feed, int connection, string problem);
}
