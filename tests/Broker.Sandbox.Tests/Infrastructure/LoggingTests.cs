using System.Globalization;
using Broker.Sandbox.Tests.Support;
using Broker.Testing;
using Microsoft.Extensions.Logging;
using static Broker.Sandbox.Tests.Support.SandboxTestContext;
using Microsoft.Extensions.Logging.Testing;

namespace Broker.Sandbox.Tests.Infrastructure;

public sealed class LoggingTests
{
    [Fact]
    public async Task The_sandbox_logs_requests_and_mints_but_never_a_credential_query_string_or_token()
    {
        var capture = new FakeLogCollector();
        using var factory = LoggerFactory.Create(b => b.AddProvider(new FakeLoggerProvider(capture)).SetMinimumLevel(LogLevel.Trace));
        string growwToken;
        string dhanToken;
        string dhanTotp;
        await using (var t = await StartAsync(o => o.LoggerFactory = factory))
        {
            var timestamp = t.ServerTime.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var checksum = Checksum(GrowwApiSecret, timestamp);
            using var approval = await t.GrowwMintAsync(GrowwApiKey, new { key_type = "approval", checksum, timestamp });
            growwToken = (await approval.ReadAsync()).Str("token");
            using var badChecksum = await t.GrowwMintAsync(GrowwApiKey, new { key_type = "approval", checksum = "00", timestamp });
            using var totp = await t.GrowwMintAsync(GrowwTotpToken, new { key_type = "totp", totp = t.GrowwTotp() });
            dhanTotp = t.DhanTotp();
            using var dhan = await t.DhanGenerateTokenAsync(DhanClientId, DhanPin, dhanTotp);
            dhanToken = (await dhan.ReadAsync()).Str("accessToken");
            using var wrongPin = await t.DhanGenerateTokenAsync(DhanClientId, "111111", dhanTotp);
            using var profile = await t.DhanAsync(HttpMethod.Get, "profile", token: dhanToken);
            using var user = await t.GrowwAsync(HttpMethod.Get, "user/detail", token: growwToken);
            using var stale = await t.GrowwAsync(HttpMethod.Get, "user/detail", token: "stale-token-value");
        }

        var log = capture.AllText();
        Assert.Contains("/app/generateAccessToken", log, StringComparison.Ordinal);
        Assert.NotEmpty(capture.WithEventId(6002));
        Assert.NotEmpty(capture.WithEventId(6003));
        foreach (var secret in new[]
        {
            GrowwApiKey, GrowwApiSecret, GrowwTotpToken, GrowwTotpSecret, GrowwAccessToken, growwToken, DhanPin, DhanTotpSecret, DhanAccessToken,
            dhanToken, dhanTotp, "pin=", "totp=", "stale-token-value", "111111",
        })
        {
            Assert.DoesNotContain(secret, log, StringComparison.Ordinal);
        }
    }
}
