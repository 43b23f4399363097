using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Broker.Redis;

/// <summary>One account's Redis connection, keys and settings, shared by its store, lock and limiter.</summary>
internal sealed class RedisAccountConnection : IDisposable
{
    private RedisAccountConnection(ConnectionMultiplexer multiplexer, RedisAccountKeys keys, RedisBrokerOptions options, string account, ILogger logger, TimeProvider timeProvider)
    {
        Multiplexer = multiplexer;
        Keys = keys;
        Options = options;
        Account = account;
        Logger = logger;
        TimeProvider = timeProvider;
    }

    public ConnectionMultiplexer Multiplexer { get; }

    public IDatabase Database => Multiplexer.GetDatabase();

    public RedisAccountKeys Keys { get; }

    public RedisBrokerOptions Options { get; }

    /// <summary>The account as the SDK names it in logs (broker and registration name; never a secret).</summary>
    public string Account { get; }

    public ILogger Logger { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>Connects, or throws a <see cref="RedisCoordinationException"/> saying which server could not be reached.</summary>
    public static RedisAccountConnection Connect(RedisBrokerOptions options, RedisAccountKeys keys, string account, ILogger logger, TimeProvider timeProvider)
    {
        ConfigurationOptions configuration;
        try
        {
            configuration = ConfigurationOptions.Parse(options.Configuration!);
        }
        catch (ArgumentException ex)
        {
            throw new RedisCoordinationException($"The Redis configuration string of {account} is not valid: {ex.Message}", ex);
        }

        configuration.AbortOnConnectFail = true;
        configuration.ConnectTimeout = (int)options.ConnectTimeout.TotalMilliseconds;
        configuration.AsyncTimeout = (int)options.OperationTimeout.TotalMilliseconds;
        configuration.SyncTimeout = (int)options.OperationTimeout.TotalMilliseconds;

        // While disconnected, commands fail at once instead of queuing: a queued permit request could be granted
        // long after its caller gave up, and fail-closed must mean "now".
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ClientName ??= "broker-dotnet";
        var endpoints = string.Join(", ", configuration.EndPoints.Select(static e => e.ToString()));
        try
        {
            var multiplexer = ConnectionMultiplexer.Connect(configuration);
            return new RedisAccountConnection(multiplexer, keys, options, account, logger, timeProvider);
        }
        catch (RedisConnectionException ex)
        {
            throw new RedisCoordinationException(
                $"Redis at {endpoints} could not be reached within {options.ConnectTimeout.TotalSeconds:0.#} s ({ex.FailureType}); {account} shares its rate limits and tokens through it (UseRedis) and does not start without it. Start Redis or check the configuration string.",
                ex);
        }
    }

    /// <summary>Whether an exception means Redis could not be reached or did not answer in time.</summary>
    public static bool IsUnavailable(Exception ex) => ex is RedisConnectionException or RedisTimeoutException or TimeoutException;

    public void Dispose() => Multiplexer.Dispose();
}
