using Broker.RateLimiting;

namespace Broker.Sandbox.Hosting;

/// <summary>
/// The server side of the rate limits: per broker, account and category, a sliding log per window. A request is
/// admitted when every window has room, and only admitted requests are logged (a refused one does not extend the
/// penalty). Callers hold the sandbox's lock.
/// </summary>
internal sealed class SandboxRateLimiter(IReadOnlyDictionary<string, IDictionary<string, IList<RateLimitWindow>>> limitsByBroker)
{
    private readonly Dictionary<(string Broker, string Account, string Category), Queue<TimeSpan>[]> _logs = [];

    public bool TryAcquire(string broker, string account, string category, TimeSpan now)
    {
        if (!limitsByBroker.TryGetValue(broker, out var limits) || !limits.TryGetValue(category, out var windows) || windows.Count == 0)
        {
            return true;
        }

        var key = (broker, account, category);
        if (!_logs.TryGetValue(key, out var logs))
        {
            logs = [.. windows.Select(_ => new Queue<TimeSpan>())];
            _logs[key] = logs;
        }

        for (var i = 0; i < windows.Count; i++)
        {
            var log = logs[i];
            while (log.Count > 0 && now - log.Peek() >= windows[i].Window)
            {
                log.Dequeue();
            }

            if (log.Count >= windows[i].PermitLimit)
            {
                return false;
            }
        }

        foreach (var log in logs)
        {
            log.Enqueue(now);
        }

        return true;
    }
}
