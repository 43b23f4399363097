using System.Diagnostics.Metrics;
using Broker.Authentication;
using Broker.DependencyInjection;
using Broker.Dhan;
using Broker.Dhan.Feeds;
using Broker.Dhan.Instruments;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds Dhan's live feeds to a registered Dhan account.</summary>
public static class DhanFeedsBuilderExtensions
{
    /// <summary>
    /// Registers the account's <see cref="DhanFeedFactory"/> with the default feed options (see
    /// <see cref="AddFeeds(DhanClientBuilder, Action{DhanFeedOptions}?)"/>).
    /// </summary>
    /// <param name="builder">The account's builder from <c>AddDhanClient</c>.</param>
    /// <returns>The same builder.</returns>
    public static DhanClientBuilder AddFeeds(this DhanClientBuilder builder) => AddFeeds(builder, configure: null);

    /// <summary>
    /// Registers a <see cref="DhanFeedFactory"/> for the account (keyed by <see cref="DhanClientBuilder.Key"/>, and unkeyed
    /// for the default account). Its feeds use the account's <see cref="TokenManager"/> and client id and the registered
    /// <see cref="TimeProvider"/>. When the Dhan instrument catalogue is registered (<c>AddInstruments</c>) and no
    /// <see cref="DhanFeedOptions.TickSizeResolver"/> is set, prices are rounded to each instrument's tick from the
    /// catalogue (instruments subscribed before the catalogue has loaded are rounded to 2 decimal places).
    /// <code>
    /// services.AddDhanClient(o => { ... }).AddFeeds(o => o.OverflowPolicy = DhanFeedOverflowPolicy.DropOldest);
    /// var feeds = provider.GetRequiredService&lt;DhanFeedFactory&gt;();
    /// </code>
    /// </summary>
    /// <param name="builder">The account's builder from <c>AddDhanClient</c>.</param>
    /// <param name="configure">Sets the feed options; the client id defaults to the account's.</param>
    /// <returns>The same builder.</returns>
    public static DhanClientBuilder AddFeeds(this DhanClientBuilder builder, Action<DhanFeedOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var key = builder.Key;
        var optionsBuilder = builder.Services.AddOptions<DhanFeedOptions>(key.Name);
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        builder.Services.AddKeyedSingleton(key, (sp, _) =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<DhanFeedOptions>>().Get(key.Name).Clone();
            options.ClientId ??= BrokerServiceCollectionExtensions.OptionsOf<DhanClientOptions>(sp, key).ClientId;
            options.TickSizeResolver ??= TickSizesFrom(sp.GetService<DhanInstrumentCatalog>());
            return new DhanFeedFactory(options, sp.GetRequiredKeyedService<TokenManager>(key), sp.GetRequiredService<TimeProvider>(), sp.GetService<ILoggerFactory>(), sp.GetService<IMeterFactory>());
        });
        if (key.Name == BrokerAccountKey.DefaultName)
        {
            builder.Services.TryAddSingleton(sp => sp.GetRequiredKeyedService<DhanFeedFactory>(key));
        }

        return builder;
    }

    /// <summary>
    /// Registers the account's <see cref="DhanFeedFactory"/> as <see cref="AddFeeds(DhanClientBuilder, Action{DhanFeedOptions}?)"/>
    /// does, with the feed options read from configuration, such as <c>configuration.GetSection("DhanFeeds")</c> with
    /// <c>MarketFeedUri</c>, <c>ChannelCapacity</c>, <c>OverflowPolicy</c>, <c>ReconnectMaxDelay</c>,
    /// <c>OrderUpdateAuthFailureCloseCodes:0</c> and so on. As for the account's own section, a key no option has (a
    /// misspelling) or a value of the wrong form fails when the feed factory is first resolved, with an
    /// <see cref="OptionsValidationException"/> naming the broker and the account; nothing is silently ignored.
    /// <see cref="DhanFeedOptions.TickSizeResolver"/> is code, not configuration: set it (or anything else after the
    /// section) with <c>services.Configure&lt;DhanFeedOptions&gt;(builder.Name, o =&gt; ...)</c>.
    /// </summary>
    /// <param name="builder">The account's builder from <c>AddDhanClient</c>.</param>
    /// <param name="configuration">The feed options' configuration section.</param>
    /// <returns>The same builder.</returns>
    public static DhanClientBuilder AddFeeds(this DhanClientBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        var name = builder.Key.Name;
        builder.Services.AddOptions<DhanFeedOptions>(name).Configure(o =>
        {
            try
            {
                configuration.Bind(o, static binder => binder.ErrorOnUnknownConfiguration = true);
            }
            catch (InvalidOperationException ex)
            {
                throw BrokerOptionsValidation.BindingFailed<DhanFeedOptions>(DhanServiceKeys.Broker, name, ex);
            }
        });
        return AddFeeds(builder, configure: null);
    }

    private static Func<DhanInstrument, decimal?>? TickSizesFrom(DhanInstrumentCatalog? catalog) =>
        catalog is null
            ? null
            : instrument => catalog.IsLoaded && catalog.Snapshot.FindBySecurityId(instrument.ExchangeSegment, instrument.SecurityId) is { IsFound: true } found
                ? found.Instrument!.TickSize
                : null;
}
