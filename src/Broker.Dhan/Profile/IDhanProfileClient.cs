namespace Broker.Dhan.Profile;

/// <summary>The user profile.</summary>
public interface IDhanProfileClient
{
    /// <summary>The profile (<c>GET /profile</c>): token validity, segments, DDPI, MTF and data plan.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The profile.</returns>
    Task<DhanProfile> GetProfileAsync(CancellationToken cancellationToken = default);
}
