namespace Broker.DependencyInjection;

/// <summary>
/// The DI service key of one broker account's singletons (<see cref="Authentication.TokenManager"/>,
/// <see cref="RateLimiting.BrokerRateLimiter"/>, the client). Keyed by broker and registration name, so a Groww and a
/// Dhan account both registered as "default" never share state.
/// </summary>
/// <param name="Broker">The broker, such as <c>Groww</c>.</param>
/// <param name="Name">The registration name; <see cref="DefaultName"/> when the app has one account.</param>
public sealed record BrokerAccountKey(string Broker, string Name)
{
    /// <summary>The registration name used when none is given.</summary>
    public const string DefaultName = "default";

    /// <summary>The name of the account's named <see cref="HttpClient"/>.</summary>
    public string HttpClientName => $"Broker.{Broker}.{Name}";

    /// <inheritdoc />
    public override string ToString() => $"{Broker}:{Name}";
}
