using System.Globalization;
using System.Reflection;
using Broker.Dhan;
using Broker.Dhan.Feeds;
using Broker.Groww;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Broker.Conventions.Tests;

/// <summary>
/// Every option a broker package offers can be set from configuration through the public registration API: each
/// settable property, nested ones included, is given a value different from its default under the broker's section,
/// and must come back with that value. A new option the binder cannot read (a type it does not support, a getter
/// without a setter) fails here instead of being silently ignored in an application's appsettings.json.
/// </summary>
public sealed class ConfigurationBindingConventionTests
{
    [Fact]
    public void Every_Groww_option_binds_from_configuration()
    {
        var expected = Generate(typeof(GrowwClientOptions), new GrowwClientOptions(), "Groww");
        var services = new ServiceCollection();
        services.AddGrowwClient("cfg", Section("Groww", expected));
        using var provider = services.BuildServiceProvider();

        AssertBound(expected, Configured<GrowwClientOptions>(provider, "cfg"));
    }

    [Fact]
    public void Every_Dhan_option_binds_from_configuration()
    {
        var expected = Generate(typeof(DhanClientOptions), new DhanClientOptions(), "Dhan");
        var services = new ServiceCollection();
        services.AddDhanClient("cfg", Section("Dhan", expected));
        using var provider = services.BuildServiceProvider();

        AssertBound(expected, Configured<DhanClientOptions>(provider, "cfg"));
    }

    [Fact]
    public void Every_Dhan_feed_option_binds_from_configuration()
    {
        var expected = Generate(typeof(DhanFeedOptions), new DhanFeedOptions(), "Feeds");
        var services = new ServiceCollection();
        services.AddDhanClient("cfg", o => o.AccessToken = "feed-convention-token").AddFeeds(Section("Feeds", expected));
        using var provider = services.BuildServiceProvider();

        AssertBound(expected, Configured<DhanFeedOptions>(provider, "cfg"));
    }

    [Theory]
    [InlineData("Groww", "Credentialz:X", "Credentialz")]
    [InlineData("Groww", "RateLimits:Order", "Order")]
    [InlineData("Dhan", "RateLimit:Orders", "RateLimit")]
    [InlineData("Dhan", "RateLimits:Orders", "Orders")]
    [InlineData("Dhan", "PartnerConsent:GenerateMethod", "GenerateMethod")]
    public void A_misspelt_key_at_any_depth_of_a_broker_section_fails_at_start_naming_it(string broker, string key, string reported)
    {
        using var provider = ConfiguredAccount.With(broker, key, "5/s");

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains($"{broker} account 'cfg'", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"'{reported}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_feed_option_fails_naming_broker_and_account()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Feeds:ChanelCapacity"] = "10" })
            .Build().GetSection("Feeds");
        var services = new ServiceCollection();
        services.AddDhanClient("cfg", o => o.AccessToken = "feed-convention-token").AddFeeds(section);
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredKeyedService<DhanFeedFactory>(DhanServiceKeys.For("cfg")));

        Assert.Contains("Dhan account 'cfg'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ChanelCapacity", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>The options as the registration's configure steps leave them, before validation (the values need not be valid).</summary>
    private static T Configured<T>(IServiceProvider provider, string name)
        where T : class, new()
    {
        var options = new T();
        foreach (var configure in provider.GetServices<IConfigureOptions<T>>())
        {
            if (configure is IConfigureNamedOptions<T> named)
            {
                named.Configure(name, options);
            }
            else
            {
                configure.Configure(options);
            }
        }

        return options;
    }

    private static IConfiguration Section(string section, IReadOnlyList<Leaf> leaves) =>
        new ConfigurationBuilder().AddInMemoryCollection(leaves.Select(l => KeyValuePair.Create<string, string?>($"{section}:{l.Key}", l.Text)))
            .Build().GetSection(section);

    private static void AssertBound(IReadOnlyList<Leaf> expected, object options)
    {
        Assert.NotEmpty(expected);
        Assert.All(expected, leaf =>
        {
            var actual = leaf.Read(options);
            Assert.True(leaf.Matches(actual), $"{leaf.Key}: configured '{leaf.Text}', bound {Describe(actual)}.");
        });
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        System.Collections.IEnumerable list and not string => "[" + string.Join(", ", list.Cast<object>()) + "]",
        _ => $"'{value}'",
    };

    /// <summary>One settable leaf option: its configuration key, the text written there, and how to read and check it back.</summary>
    private sealed record Leaf(string Key, string Text, Func<object, object?> Read, Func<object?, bool> Matches);

    private static List<Leaf> Generate(Type type, object defaults, string path)
    {
        var leaves = new List<Leaf>();
        Walk(type, defaults, prefix: string.Empty, read: static o => o, leaves, path);
        return leaves;
    }

    private static void Walk(Type type, object defaults, string prefix, Func<object, object?> read, List<Leaf> leaves, string path)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var key = prefix + property.Name;
            var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (typeof(Delegate).IsAssignableFrom(t))
            {
                continue; // Code, not configuration (such as a tick-size resolver).
            }

            Assert.True(property.SetMethod?.IsPublic == true, $"{path}:{key} has no public setter, so configuration cannot set it.");
            var current = property.GetValue(defaults);
            object? Get(object root) => read(root) is { } owner ? property.GetValue(owner) : null;
            if (t.IsClass && t != typeof(string) && t != typeof(Uri) && t != typeof(Version) && !t.IsAssignableTo(typeof(System.Collections.IEnumerable)))
            {
                Assert.True(current is not null, $"{path}:{key} is null by default; give nested options an instance so configuration binds into it.");
                Walk(t, current, key + ":", Get, leaves, path);
                continue;
            }

            leaves.Add(LeafFor(t, key, current, Get, path));
        }
    }

    private static Leaf LeafFor(Type t, string key, object? current, Func<object, object?> read, string path)
    {
        var seed = Math.Abs(key.GetHashCode(StringComparison.Ordinal) % 97) + 3;
        if (t == typeof(string))
        {
            var text = $"cfg-{seed}";
            return new(key, text, read, v => Equals(v, text));
        }

        if (t == typeof(int) || t == typeof(long))
        {
            var value = Convert.ToInt64(current ?? 0, CultureInfo.InvariantCulture) + seed;
            return new(key, value.ToString(CultureInfo.InvariantCulture), read, v => Convert.ToInt64(v, CultureInfo.InvariantCulture) == value);
        }

        if (t == typeof(decimal))
        {
            var value = (decimal)(current ?? 0m) + seed + 0.25m;
            return new(key, value.ToString(CultureInfo.InvariantCulture), read, v => Equals(v, value));
        }

        if (t == typeof(bool))
        {
            var value = !(bool)(current ?? false);
            return new(key, value.ToString(), read, v => Equals(v, value));
        }

        if (t == typeof(TimeSpan))
        {
            var value = (TimeSpan)(current ?? TimeSpan.Zero) + TimeSpan.FromSeconds(seed);
            return new(key, value.ToString("c", CultureInfo.InvariantCulture), read, v => Equals(v, value));
        }

        if (t == typeof(TimeOnly))
        {
            var value = ((TimeOnly)(current ?? TimeOnly.MinValue)).AddMinutes(seed);
            return new(key, value.ToString("HH:mm:ss", CultureInfo.InvariantCulture), read, v => Equals(v, value));
        }

        if (t == typeof(DateTimeOffset))
        {
            var value = new DateTimeOffset(2026, 1, 2, 3, seed % 60, 5, TimeSpan.FromHours(5.5));
            return new(key, value.ToString("O", CultureInfo.InvariantCulture), read, v => Equals(v, value));
        }

        if (t == typeof(Uri))
        {
            var value = new Uri($"http://127.0.0.1:{5000 + seed}/cfg/");
            return new(key, value.AbsoluteUri, read, v => v is Uri u && u.AbsoluteUri == value.AbsoluteUri);
        }

        if (t == typeof(Version))
        {
            var value = Equals(current, new Version(2, 0)) ? new Version(3, 0) : new Version(2, 0);
            return new(key, value.ToString(), read, v => Equals(v, value));
        }

        if (t.IsEnum)
        {
            var value = Enum.GetValues(t).Cast<object>().First(e => !Equals(e, current));
            return new(key, value.ToString()!, read, v => Equals(v, value));
        }

        if (t.IsGenericType && t.GetGenericArguments() is [var element] && (element == typeof(int) || element.IsEnum))
        {
            // A list binds by index; what configuration lists is added to the defaults (the binder's way with lists).
            object value = element == typeof(int) ? 4000 + seed : DayOfWeek.Sunday;
            return new($"{key}:0", value.ToString()!, read, v => v is System.Collections.IEnumerable list && list.Cast<object>().Contains(value));
        }

        throw new InvalidOperationException($"{path}:{key} is a {t.Name}; teach this test a configuration value for that type.");
    }
}
