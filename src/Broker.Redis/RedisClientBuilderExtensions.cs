using Broker.Dhan;
using Broker.Groww;
using Broker.Redis;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// <c>UseRedis</c>: several processes (or machines) on one Groww or Dhan account share its rate limits, its token
/// mints and, when asked, its access token through Redis. See docs/scaling-out.md.
/// </summary>
public static class RedisClientBuilderExtensions
{
    /// <summary>Shares this Groww account's rate limits and token mints through the Redis at <paramref name="configuration"/>.</summary>
    /// <param name="builder">What <c>AddGrowwClient</c> returned.</param>
    /// <param name="configuration">The StackExchange.Redis configuration string, such as <c>localhost:6379</c>.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="OptionsValidationException">The options are not valid.</exception>
    public static GrowwClientBuilder UseRedis(this GrowwClientBuilder builder, string configuration) =>
        UseRedis(builder, o => o.Configuration = configuration);

    /// <summary>
    /// Shares this Groww account's rate limits, token mints and (with <see cref="RedisBrokerOptions.ShareTokens"/>) its
    /// token through Redis. The account is identified in Redis by a hash of its API key (or
    /// <see cref="RedisBrokerOptions.AccountId"/>); Redis is connected when the account's client is first resolved,
    /// and a <see cref="RedisCoordinationException"/> says so when it cannot be reached.
    /// </summary>
    /// <param name="builder">What <c>AddGrowwClient</c> returned.</param>
    /// <param name="configure">Sets the options (<see cref="RedisBrokerOptions.Configuration"/> at least).</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="OptionsValidationException">The options are not valid.</exception>
    public static GrowwClientBuilder UseRedis(this GrowwClientBuilder builder, Action<RedisBrokerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = RedisRegistration.Options(configure, builder.Key);
        RedisRegistration.Add(builder.Services, builder.Key, options, static (sp, key) =>
        {
            var groww = sp.GetRequiredService<IOptionsMonitor<GrowwClientOptions>>().Get(key.Name);
            var credentials = groww.Credentials;
            return (groww.BaseAddress.ToString(), credentials.ApiKey ?? credentials.TotpToken ?? credentials.AccessToken);
        });
        return builder;
    }

    /// <summary>Shares this Dhan account's rate limits and token mints through the Redis at <paramref name="configuration"/>.</summary>
    /// <param name="builder">What <c>AddDhanClient</c> returned.</param>
    /// <param name="configuration">The StackExchange.Redis configuration string, such as <c>localhost:6379</c>.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="OptionsValidationException">The options are not valid.</exception>
    public static DhanClientBuilder UseRedis(this DhanClientBuilder builder, string configuration) =>
        UseRedis(builder, o => o.Configuration = configuration);

    /// <summary>
    /// Shares this Dhan account's rate limits, token mints and (with <see cref="RedisBrokerOptions.ShareTokens"/>, which
    /// Dhan needs when processes renew: a new Dhan token replaces the old one) its token through Redis. The account is
    /// identified in Redis by a hash of its client id (or <see cref="RedisBrokerOptions.AccountId"/>); Redis is
    /// connected when the account's client is first resolved, and a <see cref="RedisCoordinationException"/> says so
    /// when it cannot be reached.
    /// </summary>
    /// <param name="builder">What <c>AddDhanClient</c> returned.</param>
    /// <param name="configure">Sets the options (<see cref="RedisBrokerOptions.Configuration"/> at least).</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="OptionsValidationException">The options are not valid.</exception>
    public static DhanClientBuilder UseRedis(this DhanClientBuilder builder, Action<RedisBrokerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = RedisRegistration.Options(configure, builder.Key);
        RedisRegistration.Add(builder.Services, builder.Key, options, static (sp, key) =>
        {
            var dhan = sp.GetRequiredService<IOptionsMonitor<DhanClientOptions>>().Get(key.Name);
            return (dhan.Environment.ApiBaseAddress.ToString(), dhan.ClientId);
        });
        return builder;
    }
}
