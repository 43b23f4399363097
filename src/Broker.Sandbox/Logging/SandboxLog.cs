using Microsoft.Extensions.Logging;

namespace Broker.Sandbox.Logging;

/// <summary>
/// The sandbox's log lines (event ids 6000–6999). No method takes a credential, a header, a body or a query string:
/// Dhan sends its PIN and TOTP in the query string.
/// </summary>
internal static partial class SandboxLog
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Information, Message = "Broker sandbox listening on {BaseAddress}.")]
    public static partial void Started(ILogger logger, Uri baseAddress);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Debug, Message = "{Method} {Path} ({Endpoint}) answered {StatusCode}.")]
    public static partial void Served(ILogger logger, string method, string path, string endpoint, int statusCode);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "{Broker} access token minted for account {Account} by the {Flow} flow.")]
    public static partial void TokenMinted(ILogger logger, string broker, string account, string flow);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "{Endpoint} refused: {Reason}.")]
    public static partial void Refused(ILogger logger, string endpoint, string reason);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Injected fault {Fault} on {Endpoint}.")]
    public static partial void FaultInjected(ILogger logger, string endpoint, string fault);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "{Broker} rate limit: {Endpoint} ({Category}) refused with 429 for account {Account}.")]
    public static partial void RateLimited(ILogger logger, string broker, string endpoint, string category, string account);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Information, Message = "Broker sandbox on {BaseAddress} stopped.")]
    public static partial void Stopped(ILogger logger, Uri baseAddress);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Error, Message = "{Endpoint} failed inside the sandbox.")]
    public static partial void HandlerFailed(ILogger logger, string endpoint, Exception exception);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Warning, Message = "Dhan postback for account {Account}, order {OrderId} ({Status}) to {Target} failed: {Reason}.")]
    public static partial void PostbackFailed(ILogger logger, string account, string orderId, string status, string target, string reason);

    [LoggerMessage(EventId = 6009, Level = LogLevel.Warning, Message = "Dhan postback for account {Account}, order {OrderId} ({Status}) dropped: the postback queue is full.")]
    public static partial void PostbackDropped(ILogger logger, string account, string orderId, string status);
}
