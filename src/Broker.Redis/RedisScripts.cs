namespace Broker.Redis;

/// <summary>
/// The Lua scripts. Each runs atomically in Redis, reads the time from Redis (<c>TIME</c>, milliseconds), so that
/// machines whose clocks disagree still agree on every window.
/// </summary>
internal static class RedisScripts
{
    /// <summary>
    /// One permit of a category across all its windows. KEYS: log (zset: permit → logged at, ms), in-flight (zset:
    /// lease → expires at, ms), control (hash: pause, share, slow, changed). ARGV: lease (0/1), member, lease expiry ms,
    /// poll ms, recovery interval ms, slow-down factor, key ttl ms, window count, then limit and length (ms) of each
    /// window. Returns {1, 0} when granted, {0, wait ms} when not.
    /// </summary>
    public const string Acquire = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local log, inflight, ctl = KEYS[1], KEYS[2], KEYS[3]
        local ttl = tonumber(ARGV[7])
        local n = tonumber(ARGV[8])
        -- A lease whose process never reported the answer counts as sent when it expired.
        local expired = redis.call('ZRANGEBYSCORE', inflight, '-inf', now, 'WITHSCORES')
        for i = 1, #expired, 2 do
          redis.call('ZADD', log, expired[i + 1], expired[i])
          redis.call('ZREM', inflight, expired[i])
        end
        local longest = 0
        for i = 1, n do
          local w = tonumber(ARGV[8 + 2 * i])
          if w > longest then longest = w end
        end
        redis.call('ZREMRANGEBYSCORE', log, '-inf', now - longest)
        local paused = tonumber(redis.call('HGET', ctl, 'pause') or '0')
        if paused > now then
          return {0, paused - now}
        end
        local share = tonumber(redis.call('HGET', ctl, 'share') or '1')
        if share < 1 then
          local interval = tonumber(ARGV[5])
          local factor = tonumber(ARGV[6])
          local slow = tonumber(redis.call('HGET', ctl, 'slow') or '0')
          local changed = tonumber(redis.call('HGET', ctl, 'changed') or '0')
          while share < 1 and now - changed >= interval and now - slow >= interval do
            changed = changed + interval
            share = math.min(1, share / factor)
          end
          redis.call('HSET', ctl, 'share', share, 'changed', changed)
        end
        local busy = redis.call('ZCARD', inflight)
        local wait = 0
        local unknown = false
        for i = 1, n do
          local limit = tonumber(ARGV[7 + 2 * i])
          local w = tonumber(ARGV[8 + 2 * i])
          if share < 1 then limit = math.max(1, math.floor(limit * share)) end
          local from = '(' .. (now - w)
          local count = redis.call('ZCOUNT', log, from, '+inf')
          local excess = count + busy - limit
          if excess >= 0 then
            if excess < count then
              local oldest = redis.call('ZRANGEBYSCORE', log, from, '+inf', 'WITHSCORES', 'LIMIT', excess, 1)
              local free = tonumber(oldest[2]) + w - now
              if free > wait then wait = free end
            else
              unknown = true
            end
          end
        end
        if wait > 0 or unknown then
          if unknown and wait < tonumber(ARGV[4]) then wait = tonumber(ARGV[4]) end
          return {0, math.ceil(wait)}
        end
        if ARGV[1] == '1' then
          redis.call('ZADD', inflight, now + tonumber(ARGV[3]), ARGV[2])
          redis.call('PEXPIRE', inflight, tonumber(ARGV[3]) + ttl)
        else
          redis.call('ZADD', log, now, ARGV[2])
        end
        redis.call('PEXPIRE', log, ttl)
        return {1, 0}
        """;

    /// <summary>Ends a lease: the permit is logged now. KEYS: log, in-flight. ARGV: member, key ttl ms.</summary>
    public const string Complete = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        if redis.call('ZREM', KEYS[2], ARGV[1]) == 1 then
          redis.call('ZADD', KEYS[1], now, ARGV[1])
          redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]))
        end
        return 1
        """;

    /// <summary>
    /// A broker throttle: pause (and slow down) the category for every process. KEYS: control. ARGV: pause ms,
    /// slow down (0/1), shortest window ms, slow-down factor, minimum share.
    /// </summary>
    public const string Pause = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local pause = tonumber(ARGV[1])
        if pause > 0 then
          local current = tonumber(redis.call('HGET', KEYS[1], 'pause') or '0')
          if now + pause > current then redis.call('HSET', KEYS[1], 'pause', now + pause) end
        end
        if ARGV[2] == '1' then
          local slow = tonumber(redis.call('HGET', KEYS[1], 'slow') or '-1e15')
          if now - slow >= tonumber(ARGV[3]) then
            local share = tonumber(redis.call('HGET', KEYS[1], 'share') or '1')
            share = math.max(tonumber(ARGV[5]), share * tonumber(ARGV[4]))
            redis.call('HSET', KEYS[1], 'share', share, 'slow', now, 'changed', now)
          end
        end
        redis.call('PEXPIRE', KEYS[1], 172800000)
        return 1
        """;

    /// <summary>Takes the mint lock when free. KEYS: lock, fence counter. ARGV: expiry ms. Returns the fence (above 0), or 0 when held.</summary>
    public const string TakeLock = """
        if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
        local fence = redis.call('INCR', KEYS[2])
        redis.call('SET', KEYS[1], fence, 'PX', tonumber(ARGV[1]))
        return fence
        """;

    /// <summary>Extends the lock while it is still ours. KEYS: lock. ARGV: fence, expiry ms.</summary>
    public const string RenewLock = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2])) end
        return 0
        """;

    /// <summary>Releases the lock if it is still ours. KEYS: lock. ARGV: fence.</summary>
    public const string ReleaseLock = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;

    /// <summary>
    /// Stores a token unless one stored under a later fence is there (the writer's lock expired and another process
    /// minted since). KEYS: token. ARGV: protected token, fence, expires at (unix ms; 0 when unknown). Returns 1 when stored.
    /// </summary>
    public const string StoreToken = """
        local current = tonumber(redis.call('HGET', KEYS[1], 'f') or '0')
        if tonumber(ARGV[2]) < current then return 0 end
        redis.call('HSET', KEYS[1], 'v', ARGV[1], 'f', ARGV[2])
        if tonumber(ARGV[3]) > 0 then redis.call('PEXPIREAT', KEYS[1], tonumber(ARGV[3])) else redis.call('PERSIST', KEYS[1]) end
        return 1
        """;
}
