using Broker.Dhan.Feeds;

namespace Broker.IntegrationTests.DhanFeeds;

/// <summary>Reads a feed until an event matches (a guard timeout fails the test instead of hanging it).</summary>
internal static class FeedWait
{
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(5);

    public static async Task<T> NextAsync<T>(DhanFeed feed, Func<T, bool>? match = null, List<DhanFeedEvent>? seen = null)
        where T : DhanFeedEvent
    {
        using var timeout = new CancellationTokenSource(Guard);
        try
        {
            await foreach (var e in feed.ReadAllAsync(timeout.Token))
            {
                seen?.Add(e);
                if (e is T typed && (match is null || match(typed)))
                {
                    return typed;
                }
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"No {typeof(T).Name} arrived within {Guard.TotalSeconds} s; saw: {string.Join(", ", seen?.Select(s => s.GetType().Name) ?? [])}");
        }

        throw new InvalidOperationException($"The feed ended before a {typeof(T).Name} arrived.");
    }

    public static async Task UntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Guard);
        while (!condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }
}
