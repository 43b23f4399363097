namespace Broker.Groww;

/// <summary>Finds the client of an account registered by name (<c>services.AddGrowwClient("name", …)</c>).</summary>
public interface IGrowwClientFactory
{
    /// <summary>Returns the client registered under <paramref name="name"/>; each name has its own tokens and rate limiter.</summary>
    /// <param name="name">The registration name.</param>
    /// <returns>The client.</returns>
    /// <exception cref="InvalidOperationException">No Groww client is registered under that name.</exception>
    IGrowwClient GetClient(string name);
}
