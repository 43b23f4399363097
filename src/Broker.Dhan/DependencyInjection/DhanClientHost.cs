namespace Broker.Dhan;

/// <summary>
/// A Dhan client created without a DI container (<see cref="DhanClientFactory"/>), together with the services it owns.
/// Dispose it when done; keep one per account for the life of the process so tokens and rate limits are shared.
/// </summary>
public sealed class DhanClientHost : IDisposable, IAsyncDisposable
{
    private readonly IServiceProvider _services;

    internal DhanClientHost(IServiceProvider services, IDhanClient client)
    {
        _services = services;
        Client = client;
    }

    /// <summary>The client.</summary>
    public IDhanClient Client { get; }

    /// <inheritdoc />
    public void Dispose() => (_services as IDisposable)?.Dispose();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _services is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;
}
