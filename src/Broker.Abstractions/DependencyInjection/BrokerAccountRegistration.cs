using System.Diagnostics.CodeAnalysis;
using Broker.Authentication;
using Broker.RateLimiting;

namespace Broker.DependencyInjection;

/// <summary>
/// What a broker package tells <see cref="BrokerServiceCollectionExtensions.AddBrokerAccount{TOptions}"/> about one
/// account: how to mint tokens, its rate-limit windows and how to attach tokens to requests.
/// </summary>
/// <typeparam name="TOptions">The broker's options type (named options, one per registration name).</typeparam>
public sealed class BrokerAccountRegistration<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>
    where TOptions : BrokerClientOptions
{
    /// <summary>Creates a registration.</summary>
    /// <param name="key">The account's key.</param>
    public BrokerAccountRegistration(BrokerAccountKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Key = key;
    }

    /// <summary>The account's key.</summary>
    public BrokerAccountKey Key { get; }

    /// <summary>
    /// Creates the account's token provider from its options. Called once, when the account's
    /// <see cref="TokenManager"/> is first resolved; a provider that calls the broker must create its
    /// <see cref="HttpClient"/> lazily (on first mint), not in its constructor, because building the client's handlers
    /// resolves the token manager.
    /// </summary>
    public required Func<IServiceProvider, TOptions, IAccessTokenProvider> CreateTokenProvider { get; init; }

    /// <summary>The account's rate-limit windows, per category, from its options.</summary>
    public required Func<TOptions, IEnumerable<KeyValuePair<RateLimitCategory, IReadOnlyList<RateLimitWindow>>>> RateLimits { get; init; }

    /// <summary>Creates the broker's authentication handler over the account's token manager.</summary>
    public required Func<IServiceProvider, TokenManager, AuthenticationHandler> CreateAuthenticationHandler { get; init; }

    /// <summary>
    /// Creates the broker's error reader (its envelopes and code table) from the account's options; the account's
    /// <see cref="Http.BrokerResponseClassifier"/> classifies every answer with it.
    /// </summary>
    public required Func<TOptions, Http.IBrokerErrorReader> CreateErrorReader { get; init; }
}
