namespace Broker.Dhan;

/// <summary>Finds the client of an account registered by name (<c>services.AddDhanClient("name", …)</c>).</summary>
public interface IDhanClientFactory
{
    /// <summary>Returns the client registered under <paramref name="name"/>; each name has its own tokens and rate limiter.</summary>
    /// <param name="name">The registration name.</param>
    /// <returns>The client.</returns>
    /// <exception cref="InvalidOperationException">No Dhan client is registered under that name.</exception>
    IDhanClient GetClient(string name);
}
