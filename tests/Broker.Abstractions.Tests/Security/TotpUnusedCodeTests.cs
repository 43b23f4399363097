using Broker.Security;
using Microsoft.Extensions.Time.Testing;

namespace Broker.Abstractions.Tests.Security;

/// <summary>
/// A login spends its TOTP code: brokers refuse a code used once already, so a second login within one 30-second step
/// waits for the next step's code instead of sending the same one again.
/// </summary>
public class TotpUnusedCodeTests
{
    private const string Secret = "JBSWY3DPEHPK3PXP";

    // 10 seconds into a 30-second step.
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_010));

    [Fact]
    public async Task The_first_code_is_the_current_steps_code_without_waiting()
    {
        var totp = Totp.FromBase32(Secret, _clock);

        var code = totp.GetUnusedCodeAsync();

        Assert.True(code.IsCompleted);
        Assert.Equal(totp.GetCode(), await code);
    }

    [Fact]
    public async Task A_second_code_within_the_same_step_waits_for_the_next_step()
    {
        var totp = Totp.FromBase32(Secret, _clock);
        var first = await totp.GetUnusedCodeAsync();

        var second = totp.GetUnusedCodeAsync();
        _clock.Advance(TimeSpan.FromSeconds(19));
        Assert.False(second.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(SpinWait.SpinUntil(() => second.IsCompleted, TimeSpan.FromSeconds(5)));

        Assert.Equal(totp.GetCode(), await second);
        Assert.NotEqual(first, await second);
        Assert.Equal(totp.GetCode(DateTimeOffset.FromUnixTimeSeconds(1_800_000_010 + 20)), await second);
    }

    [Fact]
    public async Task Concurrent_callers_each_get_a_different_steps_code()
    {
        var totp = Totp.FromBase32(Secret, _clock);

        var codes = Enumerable.Range(0, 3).Select(_ => totp.GetUnusedCodeAsync()).ToList();
        for (var i = 0; i < 10 && !codes.All(c => c.IsCompleted); i++)
        {
            _clock.Advance(Totp.Step);
            SpinWait.SpinUntil(() => codes.All(c => c.IsCompleted), TimeSpan.FromMilliseconds(200));
        }

        var all = await Task.WhenAll(codes);
        Assert.Equal(3, all.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task A_caller_in_a_later_step_does_not_wait()
    {
        var totp = Totp.FromBase32(Secret, _clock);
        await totp.GetUnusedCodeAsync();
        _clock.Advance(TimeSpan.FromSeconds(20));

        var next = totp.GetUnusedCodeAsync();

        Assert.True(next.IsCompleted);
        Assert.Equal(totp.GetCode(), await next);
    }
}
