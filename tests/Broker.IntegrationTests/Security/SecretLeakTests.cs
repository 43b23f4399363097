using System.Text;
using Broker.Authentication;
using Broker.Dhan;
using Broker.Groww;
using Broker.Groww.Authentication;
using Broker.Http;
using Broker.IntegrationTests.Faults;
using Broker.Sandbox;
using Broker.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Broker.IntegrationTests.Security;

/// <summary>
/// Every authentication flow of both brokers, then the fault matrix's failures, with Trace logging captured on the
/// client and on the sandbox: no secret or token appears in any log line, exception text or <c>ToString()</c>.
/// </summary>
public class SecretLeakTests
{
    public static TheoryData<string, string> Flows => new()
    {
        { SandboxBrokers.Groww, nameof(GrowwAuthenticationMode.Totp) },
        { SandboxBrokers.Groww, nameof(GrowwAuthenticationMode.Approval) },
        { SandboxBrokers.Groww, nameof(GrowwAuthenticationMode.AccessToken) },
        { SandboxBrokers.Dhan, "PinTotp" },
        { SandboxBrokers.Dhan, "AccessToken" },
        { SandboxBrokers.Dhan, "RenewToken" },
        { SandboxBrokers.Dhan, "Consent" },
    };

    [Theory]
    [MemberData(nameof(Flows))]
    public async Task No_secret_appears_in_logs_or_exceptions_through_a_flow_and_the_fault_matrix(string broker, string flow)
    {
        var serverLogs = new FakeLogCollector();
        using var serverLoggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(serverLogs)));
        await using var target = await FaultTargets.StartAsync(broker, new FaultTargetSettings
        {
            Flow = flow,
            Client = o => o.Retry.MaxRetryAttempts = 1,
            Sandbox = o => o.LoggerFactory = serverLoggerFactory,
        });
        var seen = new StringBuilder();

        await Record(seen, () => target.ReadAsync());
        foreach (var fault in new[] { Fault.ResetBeforeResponse, Fault.AcceptThenDrop, Fault.Status(503), Fault.MalformedJson, Fault.TooManyRequests, Fault.Status(400) })
        {
            target.Sandbox.Faults.Inject(target.CreateEndpoint, fault);
            await Record(seen, () => target.PlaceAsync(ClientReference.New()));
        }

        foreach (var fault in new[] { Fault.HtmlErrorPage, Fault.MalformedJson, Fault.Status(401), Fault.Status(500) })
        {
            // A 401 makes the client mint again; a fresh TOTP code needs the next 30-second step.
            target.Sandbox.Clock.Advance(TimeSpan.FromSeconds(31));
            target.Sandbox.Faults.Inject(target.ReadEndpoint, fault, count: fault.StatusCode == 401 ? 1 : 2);
            await Record(seen, () => target.ReadAsync());
        }

        target.Sandbox.Faults.Inject(target.MintEndpoint, Fault.Status(500));
        target.ExpireToken();
        await Record(seen, () => target.ReadAsync());
        target.Sandbox.Clock.Advance(TimeSpan.FromSeconds(31));
        await Record(seen, () => target.ReadAsync());
        using (var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100)))
        {
            target.Sandbox.Faults.Inject(target.CreateEndpoint, Fault.Delay(TimeSpan.FromSeconds(5)));
            await Record(seen, () => target.PlaceAsync(ClientReference.New(), cancel.Token));
        }

        seen.AppendLine(target.Logs.AllText()).AppendLine(serverLogs.AllText());
        var text = seen.ToString();
        Assert.NotEmpty(target.Logs.GetSnapshot());
        foreach (var secret in target.Secrets())
        {
            Assert.False(text.Contains(secret, StringComparison.Ordinal), $"a secret of {secret.Length} characters appeared in the {broker} {flow} record");
        }
    }

    [Fact]
    public void Options_credentials_and_tokens_never_show_secrets_in_ToString()
    {
        const string secret = "S3CRET-VALUE-0123456789";
        var texts = new[]
        {
            new GrowwClientOptions { Credentials = new GrowwCredentials { ApiKey = secret, ApiSecret = secret + "a", TotpToken = secret + "b", TotpSecret = "JBSWY3DPEHPK3PXPJBSWY3DP", AccessToken = secret + "c" } }.ToString(),
            new DhanClientOptions { ClientId = "1000000001", Pin = "987654", TotpSecret = "JBSWY3DPEHPK3PXPJBSWY3DP", AccessToken = secret }.ToString(),
            new AccessToken(secret, DateTimeOffset.UnixEpoch).ToString(),
            DhanSandboxAccount.CreateDemo().ToString(),
            GrowwSandboxAccount.CreateDemo().ToString(),
        };

        foreach (var text in texts)
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain("JBSWY3DPEHPK3PXPJBSWY3DP", text, StringComparison.Ordinal);
            Assert.DoesNotContain("987654", text, StringComparison.Ordinal);
        }
    }

    private static async Task Record(StringBuilder seen, Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception ex)
        {
            seen.AppendLine(ex.ToString());
        }
    }
}
