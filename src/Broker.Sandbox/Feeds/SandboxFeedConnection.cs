namespace Broker.Sandbox;

/// <summary>A connection attempt to one of the sandbox's Dhan feed sockets, as recorded for tests.</summary>
/// <param name="Id">A sequence number (1 = first connection).</param>
/// <param name="Kind">Which socket.</param>
/// <param name="ClientId">The client id sent.</param>
/// <param name="AccessToken">The access token sent (a test credential; masked in <see cref="ToString"/>).</param>
/// <param name="Accepted">Whether the credentials were accepted.</param>
public sealed record SandboxFeedConnection(int Id, SandboxFeedKind Kind, string? ClientId, string? AccessToken, bool Accepted)
{
    /// <inheritdoc />
    public override string ToString() => $"SandboxFeedConnection({Id}, {Kind}, client {ClientId}, token ***, accepted {Accepted})";
}
