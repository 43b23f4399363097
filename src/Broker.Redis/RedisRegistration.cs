using Broker.Authentication;
using Broker.DependencyInjection;
using Broker.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Broker.Redis;

/// <summary>Registers an account's Redis services under its <see cref="BrokerAccountKey"/>, where the account's limiter and token manager look for them.</summary>
internal static class RedisRegistration
{
    /// <summary>The broker's API address and the account's identity, from the broker's options.</summary>
    public delegate (string ApiAddress, string? AccountId) IdentityOf(IServiceProvider services, BrokerAccountKey key);

    public static RedisBrokerOptions Options(Action<RedisBrokerOptions> configure, BrokerAccountKey key)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new RedisBrokerOptions();
        configure(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(key.Name, typeof(RedisBrokerOptions), [.. errors.Select(e => $"{key.Broker} account '{key.Name}', UseRedis: {e}")]);
        }

        return options;
    }

    public static void Add(IServiceCollection services, BrokerAccountKey key, RedisBrokerOptions options, IdentityOf identityOf)
    {
        if (services.Any(d => d.ServiceType == typeof(RedisAccountConnection) && d.IsKeyedService && Equals(d.ServiceKey, key)))
        {
            throw new InvalidOperationException($"UseRedis was already called for {key.Broker} account '{key.Name}'; call it once per account.");
        }

        services.AddKeyedSingleton(key, (sp, _) =>
        {
            var (apiAddress, identity) = identityOf(sp, key);
            var accountId = options.AccountId ?? identity;
            if (string.IsNullOrWhiteSpace(accountId))
            {
                throw new OptionsValidationException(key.Name, typeof(RedisBrokerOptions), [$"{key.Broker} account '{key.Name}', UseRedis: the account's identity is not in its options; set RedisBrokerOptions.AccountId."]);
            }

            var logger = (ILogger?)sp.GetService<ILoggerFactory>()?.CreateLogger("Broker.Redis") ?? NullLogger.Instance;
            return RedisAccountConnection.Connect(
                options,
                new RedisAccountKeys(options.KeyPrefix, key.Broker, apiAddress, accountId),
                key.ToString(),
                logger,
                sp.GetRequiredService<TimeProvider>());
        });

        if (options.ShareRateLimits)
        {
            services.AddKeyedSingleton<IRateLimitStore>(key, (sp, _) => new RedisRateLimitStore(sp.GetRequiredKeyedService<RedisAccountConnection>(key)));
        }

        if (options.ShareMintLock)
        {
            services.AddKeyedSingleton(key, (sp, _) => new RedisTokenCoordinator(sp.GetRequiredKeyedService<RedisAccountConnection>(key)));
            services.AddKeyedSingleton<ITokenMintLock>(key, (sp, _) => sp.GetRequiredKeyedService<RedisTokenCoordinator>(key));
            if (options.ShareTokens)
            {
                services.AddKeyedSingleton<IAccessTokenStore>(key, (sp, _) => sp.GetRequiredKeyedService<RedisTokenCoordinator>(key));
            }
        }
    }
}
