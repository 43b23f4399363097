using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Feeds;

/// <summary>
/// Checks a feed connection's token and client id as Dhan's feed hosts do, answering a disconnect reason: 808 for a
/// bad or refused credential, 809 for an unknown or superseded token, 807 for an expired one, 0 when accepted.
/// </summary>
internal sealed class FeedAuthenticator(SandboxContext context, TokenStore tokens)
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _rejectedTokens = new(StringComparer.Ordinal);

    /// <summary>Refuses every new connection with 808.</summary>
    public bool RejectAll { get; set; }

    public void Reject(string accessToken)
    {
        lock (_gate)
        {
            _rejectedTokens.Add(accessToken);
        }
    }

    public int Check(string? token, string? clientId)
    {
        if (string.IsNullOrEmpty(token) || string.IsNullOrEmpty(clientId))
        {
            return 808;
        }

        lock (_gate)
        {
            if (RejectAll || _rejectedTokens.Contains(token))
            {
                return 808;
            }
        }

        lock (context.Gate)
        {
            var issued = tokens.Find(token);
            if (issued is null || issued.Superseded)
            {
                return 809;
            }

            if (!string.Equals(issued.AccountId, clientId, StringComparison.Ordinal))
            {
                return 808;
            }

            return context.Clock.GetUtcNow() >= issued.ExpiresAt ? 807 : 0;
        }
    }
}
