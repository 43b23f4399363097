using Broker.Dhan;
using Broker.Dhan.Feeds;
using Broker.Dhan.Instruments;
using Broker.Groww;
using Broker.Groww.Authentication;
using Broker.Groww.Instruments;
using Broker.RateLimiting;
using Broker.Sandbox;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Points a registered Groww or Dhan account at a running <see cref="BrokerSandbox"/> in one call: hosts, feed and
/// instrument addresses, the sandbox's rate limits and, when the account has no credentials of its own, a sandbox
/// account's. The only part of the sandbox package that knows the clients; the server itself speaks the wire
/// protocols and never uses them.
/// <code>
/// await using var sandbox = await BrokerSandbox.StartAsync(new SandboxOptions(), ct);
/// services.AddGrowwClient(_ => { }).UseSandbox(sandbox);
/// services.AddDhanClient(_ => { }).AddFeeds().UseSandbox(sandbox);
/// </code>
/// </summary>
public static class SandboxClientBuilderExtensions
{
    /// <summary>
    /// Sends this Groww account's requests to <paramref name="sandbox"/>: <see cref="GrowwClientOptions.BaseAddress"/>,
    /// the instrument master address (when the catalogue is registered) and the client's rate limits set to what the
    /// sandbox enforces. When no Groww credentials are configured, the sandbox account's TOTP credentials are used.
    /// Applied after every other configuration of the account, so it wins whatever the order of the calls.
    /// </summary>
    /// <param name="builder">The account's builder from <c>AddGrowwClient</c>.</param>
    /// <param name="sandbox">The running sandbox.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentException">The sandbox has no Groww account.</exception>
    public static GrowwClientBuilder UseSandbox(this GrowwClientBuilder builder, BrokerSandbox sandbox) => UseGrowwSandbox(builder, sandbox, null);

    /// <summary>
    /// As <see cref="UseSandbox(GrowwClientBuilder, BrokerSandbox)"/>, with the sandbox account to log in to when the
    /// account has no credentials of its own.
    /// </summary>
    /// <param name="builder">The account's builder from <c>AddGrowwClient</c>.</param>
    /// <param name="sandbox">The running sandbox.</param>
    /// <param name="ucc">The sandbox account's <see cref="GrowwSandboxAccount.Ucc"/>.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentException">The sandbox has no Groww account with that UCC.</exception>
    public static GrowwClientBuilder UseSandbox(this GrowwClientBuilder builder, BrokerSandbox sandbox, string ucc)
    {
        ArgumentNullException.ThrowIfNull(ucc);
        return UseGrowwSandbox(builder, sandbox, ucc);
    }

    private static GrowwClientBuilder UseGrowwSandbox(GrowwClientBuilder builder, BrokerSandbox sandbox, string? ucc)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(sandbox);
        var options = sandbox.Options;
        var account = Pick(options.Groww.Accounts, a => a.Ucc, ucc, "Groww", "UCC");
        builder.Services.PostConfigure<GrowwClientOptions>(builder.Name, o =>
        {
            o.BaseAddress = sandbox.GrowwBaseAddress;
            if (IsEmpty(o.Credentials))
            {
                o.Credentials.TotpToken = account.TotpToken;
                o.Credentials.TotpSecret = account.TotpSecret;
            }

            if (options.EnforceRateLimits)
            {
                var limits = options.Groww.RateLimits;
                o.RateLimits.Orders = Text(limits, GrowwRateCategories.Orders, o.RateLimits.Orders);
                o.RateLimits.LiveData = Text(limits, GrowwRateCategories.LiveData, o.RateLimits.LiveData);
                o.RateLimits.NonTrading = Text(limits, GrowwRateCategories.NonTrading, o.RateLimits.NonTrading);
                o.RateLimits.Historical = Text(limits, GrowwRateCategories.Historical, o.RateLimits.Historical);
                o.RateLimits.Authentication = Text(limits, GrowwRateCategories.Authentication, o.RateLimits.Authentication);
            }
        });
        builder.Services.PostConfigure<GrowwInstrumentsOptions>(o => o.Address = sandbox.GrowwInstrumentsUri);
        return builder;
    }

    /// <summary>
    /// Sends this Dhan account's requests to <paramref name="sandbox"/>: the REST and auth hosts
    /// (<see cref="DhanClientOptions.Environment"/>), the four feed sockets (when <c>AddFeeds</c> is used), the scrip
    /// master addresses (when the catalogue is registered) and the client's rate limits set to what the sandbox
    /// enforces. When no client id is configured, the sandbox account's client id, PIN and TOTP secret are used.
    /// Applied after every other configuration of the account, so it wins whatever the order of the calls.
    /// </summary>
    /// <param name="builder">The account's builder from <c>AddDhanClient</c>.</param>
    /// <param name="sandbox">The running sandbox.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentException">The sandbox has no Dhan account.</exception>
    public static DhanClientBuilder UseSandbox(this DhanClientBuilder builder, BrokerSandbox sandbox) => UseDhanSandbox(builder, sandbox, null);

    /// <summary>
    /// As <see cref="UseSandbox(DhanClientBuilder, BrokerSandbox)"/>, with the sandbox account to log in to when the
    /// account has no client id of its own.
    /// </summary>
    /// <param name="builder">The account's builder from <c>AddDhanClient</c>.</param>
    /// <param name="sandbox">The running sandbox.</param>
    /// <param name="clientId">The sandbox account's <see cref="DhanSandboxAccount.ClientId"/>.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentException">The sandbox has no Dhan account with that client id.</exception>
    public static DhanClientBuilder UseSandbox(this DhanClientBuilder builder, BrokerSandbox sandbox, string clientId)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        return UseDhanSandbox(builder, sandbox, clientId);
    }

    private static DhanClientBuilder UseDhanSandbox(DhanClientBuilder builder, BrokerSandbox sandbox, string? clientId)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(sandbox);
        var options = sandbox.Options;
        var account = Pick(options.Dhan.Accounts, a => a.ClientId, clientId, "Dhan", "client id");
        builder.Services.PostConfigure<DhanClientOptions>(builder.Name, o =>
        {
            o.Environment = new DhanEnvironment("Broker.Sandbox", sandbox.DhanApiBaseUri, sandbox.DhanAuthBaseUri);
            if (string.IsNullOrWhiteSpace(o.ClientId) && string.IsNullOrWhiteSpace(o.AccessToken) && string.IsNullOrWhiteSpace(o.Pin) && string.IsNullOrWhiteSpace(o.TotpSecret))
            {
                o.ClientId = account.ClientId;
                o.Pin = account.Pin;
                o.TotpSecret = account.TotpSecret;
            }

            if (options.EnforceRateLimits)
            {
                var limits = options.Dhan.RateLimits;
                o.RateLimits.Order = Text(limits, DhanRateCategories.Order, o.RateLimits.Order);
                o.RateLimits.Data = Text(limits, DhanRateCategories.Data, o.RateLimits.Data);
                o.RateLimits.Quote = Text(limits, DhanRateCategories.Quote, o.RateLimits.Quote);
                o.RateLimits.NonTrading = Text(limits, DhanRateCategories.NonTrading, o.RateLimits.NonTrading);
            }
        });
        builder.Services.PostConfigure<DhanFeedOptions>(builder.Name, o =>
        {
            o.MarketFeedUri = sandbox.DhanMarketFeedUri;
            o.TwentyDepthUri = sandbox.DhanTwentyDepthUri;
            o.TwoHundredDepthUri = sandbox.DhanTwoHundredDepthUri;
            o.OrderUpdateUri = sandbox.DhanOrderUpdateUri;
        });
        builder.Services.PostConfigure<DhanInstrumentsOptions>(o =>
        {
            o.CompactAddress = sandbox.DhanScripMasterUri;
            o.DetailedAddress = sandbox.DhanScripMasterDetailedUri;
        });
        return builder;
    }

    private static bool IsEmpty(GrowwCredentials credentials) =>
        string.IsNullOrWhiteSpace(credentials.AccessToken) && string.IsNullOrWhiteSpace(credentials.ApiKey) && string.IsNullOrWhiteSpace(credentials.ApiSecret)
        && string.IsNullOrWhiteSpace(credentials.TotpToken) && string.IsNullOrWhiteSpace(credentials.TotpSecret);

    private static T Pick<T>(IList<T> accounts, Func<T, string> id, string? wanted, string broker, string what)
    {
        if (wanted is null)
        {
            return accounts.Count > 0 ? accounts[0] : throw new ArgumentException($"The sandbox has no {broker} account.", nameof(wanted));
        }

        return accounts.FirstOrDefault(a => string.Equals(id(a), wanted, StringComparison.Ordinal))
            ?? throw new ArgumentException($"The sandbox has no {broker} account with {what} '{wanted}'.", nameof(wanted));
    }

    /// <summary>The sandbox's windows of a category as the client's text form; the client's own when the sandbox sets none.</summary>
    private static string Text(IDictionary<string, IList<RateLimitWindow>> limits, string category, string current) =>
        limits.TryGetValue(category, out var windows) && windows.Count > 0 ? RateLimitWindow.ToText(windows) : current;
}
