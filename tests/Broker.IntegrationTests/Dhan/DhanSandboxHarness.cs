using System.Collections.Concurrent;
using Broker.Dhan;
using Broker.Dhan.Authentication;
using Broker.Sandbox;
using Broker.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Broker.IntegrationTests.Dhan;

/// <summary>A sandbox and a Dhan client registered through AddDhanClient and pointed at it, sharing its clock.</summary>
internal sealed class DhanSandboxHarness : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, byte> _seenTokens = new(StringComparer.Ordinal);
    private ServiceProvider? _services;

    private DhanSandboxHarness(BrokerSandbox sandbox, DhanSandboxAccount account, DhanSandboxLogin login)
    {
        Sandbox = sandbox;
        Account = account;
        Login = login;
    }

    public BrokerSandbox Sandbox { get; }

    /// <summary>The sandbox's configuration of the account the client uses (its credentials).</summary>
    public DhanSandboxAccount Account { get; }

    /// <summary>The server's state of that account: orders, trades, positions, funds, tokens.</summary>
    public SandboxAccountState ServerAccount => Sandbox.Dhan.DefaultAccount;

    public DhanSandboxLogin Login { get; }

    public FakeLogCollector Logs { get; } = new();

    public IDhanClient Client { get; private set; } = null!;

    /// <summary>The token the consent flow produced (only for <see cref="DhanSandboxLogin.Consent"/>).</summary>
    public string? ConsentToken { get; private set; }

    public static async Task<DhanSandboxHarness> StartAsync(
        DhanSandboxLogin login = DhanSandboxLogin.PinTotp,
        Action<DhanClientOptions>? configure = null,
        Action<SandboxOptions>? configureSandbox = null)
    {
        var sandboxOptions = new SandboxOptions();
        if (login == DhanSandboxLogin.RenewToken)
        {
            // RenewToken needs a token with an expiry: let the sandbox issue a JWT instead of the opaque demo token.
            sandboxOptions.Dhan.Accounts[0].AccessToken = null;
        }

        configureSandbox?.Invoke(sandboxOptions);
        var sandbox = await BrokerSandbox.StartAsync(sandboxOptions);
        var harness = new DhanSandboxHarness(sandbox, sandboxOptions.Dhan.Accounts[0], login);
        var account = harness.Account;
        string? startToken = login switch
        {
            DhanSandboxLogin.AccessToken => account.AccessToken,
            DhanSandboxLogin.RenewToken => harness.ServerAccount.ActiveAccessToken,
            DhanSandboxLogin.Consent => harness.ConsentToken = await harness.RunConsentFlowAsync(),
            _ => null,
        };
        harness.Remember(startToken);

        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(harness.Logs)));
        services.AddSingleton<TimeProvider>(sandbox.Clock);
        services.AddDhanClient(o =>
        {
            o.Environment = harness.Environment;
            o.ClientId = account.ClientId;
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
            switch (login)
            {
                case DhanSandboxLogin.PinTotp:
                    o.AuthenticationMode = DhanAuthenticationMode.PinTotp;
                    o.Pin = account.Pin;
                    o.TotpSecret = account.TotpSecret;
                    break;
                case DhanSandboxLogin.RenewToken:
                    o.AuthenticationMode = DhanAuthenticationMode.RenewToken;
                    o.AccessToken = startToken;
                    break;
                default:
                    o.AuthenticationMode = DhanAuthenticationMode.AccessToken;
                    o.AccessToken = startToken;
                    break;
            }

            configure?.Invoke(o);
        });
        harness._services = services.BuildServiceProvider();
        harness.Client = harness._services.GetRequiredService<IDhanClient>();
        return harness;
    }

    /// <summary>The sandbox's hosts as a <see cref="DhanEnvironment"/>.</summary>
    public DhanEnvironment Environment => new("Broker.Sandbox", Sandbox.DhanApiBaseUri, Sandbox.DhanAuthBaseUri);

    /// <summary>
    /// Every secret the account and the flows use: PIN, TOTP secret, pre-issued token, consent app id and secret, and
    /// every access token seen so far (the server's active one and the client's current one).
    /// </summary>
    public IEnumerable<string> Secrets()
    {
        Remember(ServerAccount.ActiveAccessToken);
        Remember(Client?.Tokens.CurrentToken?.Value);
        var account = Account;
        string?[] all = [account.Pin, account.TotpSecret, account.AccessToken, account.AppId, account.AppSecret];
        return all.Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).Concat(_seenTokens.Keys).Distinct(StringComparer.Ordinal).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await Sandbox.DisposeAsync();
    }

    private void Remember(string? token)
    {
        if (!string.IsNullOrEmpty(token))
        {
            _seenTokens.TryAdd(token, 0);
        }
    }

    /// <summary>Generate consent, follow the login page's redirect for the tokenId, consume it for a token.</summary>
    private async Task<string> RunConsentFlowAsync()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var consentClient = new DhanConsentClient(http, Environment, Sandbox.Clock);
        var credentials = new DhanApiKeyCredentials(Account.AppId!, Account.AppSecret!);
        var consent = await consentClient.GenerateConsentAsync(Account.ClientId, credentials);
        using var login = await http.GetAsync(consentClient.BuildLoginUri(consent.ConsentAppId!));
        var location = login.Headers.Location ?? throw new InvalidOperationException($"The consent login answered {(int)login.StatusCode} without a redirect.");
        var tokenId = System.Web.HttpUtility.ParseQueryString(location.Query)["tokenId"]
            ?? throw new InvalidOperationException("The consent redirect carries no tokenId.");
        var info = await consentClient.ConsumeConsentAsync(credentials, tokenId);
        return info.AccessToken.Value;
    }
}
