namespace Broker.Groww.Users;

/// <summary>The Groww user's profile.</summary>
public interface IGrowwUserClient
{
    /// <summary>Reads the profile (<c>GET /v1/user/detail</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The profile.</returns>
    Task<GrowwUserProfile> GetProfileAsync(CancellationToken cancellationToken = default);
}
