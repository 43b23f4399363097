using Broker.Authentication;
using Broker.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Broker.Abstractions.Tests.Authentication;

/// <summary>
/// A token provider that counts mints and can be told to fail or to wait for a release signal (<see cref="Gate"/>);
/// <see cref="MintHeld"/> says when a mint is waiting at the gate.
/// </summary>
internal sealed class CountingTokenProvider(FakeTimeProvider clock, TimeSpan lifetime, bool canRenew = true) : IAccessTokenProvider
{
    private readonly TaskCompletionSource<int> _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _mints;

    public string FlowName => "test-flow";

    public bool CanRenew => canRenew;

    public string RenewalHint => "Generate a new token on the test website.";

    public int Mints => Volatile.Read(ref _mints);

    public Exception? FailWith { get; set; }

    public TaskCompletionSource? Gate { get; set; }

    /// <summary>Completes, with the mint's number (from 1), when the first mint to meet a <see cref="Gate"/> is waiting at it.</summary>
    public Task<int> MintHeld => _held.Task;

    public async Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref _mints);
        if (Gate is { } gate)
        {
            _held.TrySetResult(number);
            await gate.Task.ConfigureAwait(false);
        }

        if (FailWith is { } failure)
        {
            throw failure;
        }

        return new AccessToken($"token-secret-{number}", clock.GetUtcNow() + lifetime);
    }
}
