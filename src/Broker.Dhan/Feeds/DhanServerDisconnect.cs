namespace Broker.Dhan.Feeds;

/// <summary>
/// Dhan's disconnect packet (code 50): the server is closing the connection. The feed reconnects by itself (with a fresh
/// token after 807–810, after <see cref="DhanFeedOptions.TooManyConnectionsDelay"/> after 805).
/// </summary>
/// <param name="ReasonCode">The reason code (the data-API error codes of the annexure).</param>
public sealed record DhanServerDisconnect(int ReasonCode) : DhanFeedEvent
{
    /// <summary>The annexure's meaning of <see cref="ReasonCode"/>.</summary>
    public string Reason => Describe(ReasonCode);

    /// <summary>Whether the reason is an authentication problem (807 token expired, 808 authentication failed, 809 invalid token, 810 invalid client id).</summary>
    public bool IsAuthenticationFailure => IsAuthenticationCode(ReasonCode);

    /// <summary>The annexure's meaning of a disconnect reason code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The meaning.</returns>
    public static string Describe(int code) => code switch
    {
        800 => "Internal server error",
        804 => "Requested number of instruments exceeds limit",
        805 => "Too many requests or connections; further requests may result in the user being blocked",
        806 => "Data APIs not subscribed",
        807 => "Access token is expired",
        808 => "Authentication failed: client id or access token invalid",
        809 => "Access token is invalid",
        810 => "Client id is invalid",
        811 => "Invalid expiry date",
        812 => "Invalid date format",
        813 => "Invalid security id",
        814 => "Invalid request",
        _ => "Unknown reason",
    };

    internal static bool IsAuthenticationCode(int code) => code is 807 or 808 or 809 or 810;
}
