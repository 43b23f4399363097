using System.Reflection;
using Broker.Authentication;
using Broker.DependencyInjection;
using Broker.Dhan;
using Broker.Errors;
using Broker.Groww;
using Broker.Trading;
using Broker.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Broker.Conventions.Tests;

/// <summary>
/// Two brokers, one shape: the same operation has the same name, parameters in the same order and the same "not found"
/// behaviour in both packages; construction, registration and configuration errors look alike.
/// </summary>
public sealed class BrokerSymmetryTests
{
    /// <summary>
    /// The operations both brokers offer: one name, and the area client that holds it in each. An operation only one
    /// broker has (Dhan's kill switch, Groww's OCO) is not listed; a new shared operation belongs here.
    /// </summary>
    public static TheoryData<string, string, string> SameOperations() => new()
    {
        { "PlaceOrderAsync", "Orders", "Orders" },
        { "PlaceOrderIdempotentAsync", "Orders", "Orders" },
        { "ModifyOrderAsync", "Orders", "Orders" },
        { "CancelOrderAsync", "Orders", "Orders" },
        { "GetOrdersAsync", "Orders", "Orders" },
        { "FindOrderAsync", "Orders", "Orders" },
        { "FindOrderByReferenceAsync", "Orders", "Orders" },
        { "GetTradesOfOrderAsync", "Orders", "Orders" },
        { "GetHoldingsAsync", "Portfolio", "Portfolio" },
        { "GetPositionsAsync", "Portfolio", "Portfolio" },
        { "GetQuoteAsync", "LiveData", "MarketQuote" },
        { "GetLtpAsync", "LiveData", "MarketQuote" },
        { "GetOhlcAsync", "LiveData", "MarketQuote" },
        { "GetOptionChainAsync", "LiveData", "OptionChain" },
        { "GetExpiriesAsync", "Historical", "OptionChain" },
        { "GetProfileAsync", "User", "Profile" },
        { "GetAllAsync", "SmartOrders", "ForeverOrders" },
        { "FindAsync", "SmartOrders", "ConditionalTriggers" },
    };

    [Theory]
    [MemberData(nameof(SameOperations))]
    public void The_same_operation_has_the_same_name_in_both_brokers(string operation, string growwArea, string dhanArea)
    {
        Assert.NotEmpty(Operation(typeof(IGrowwClient), growwArea, operation));
        Assert.NotEmpty(Operation(typeof(IDhanClient), dhanArea, operation));
    }

    [Theory]
    [InlineData("FindOrderAsync", "Orders", "Orders")]
    [InlineData("FindOrderByReferenceAsync", "Orders", "Orders")]
    [InlineData("FindAsync", "SmartOrders", "ConditionalTriggers")]
    public void A_look_up_answers_null_when_the_broker_knows_nothing_in_both_brokers(string operation, string growwArea, string dhanArea)
    {
        Assert.All(Operation(typeof(IGrowwClient), growwArea, operation).Concat(Operation(typeof(IDhanClient), dhanArea, operation)), method =>
        {
            var result = new NullabilityInfoContext().Create(method.ReturnParameter);
            Assert.Equal(NullabilityState.Nullable, Assert.Single(result.GenericTypeArguments).ReadState);
        });
    }

    [Fact]
    public void Every_method_named_Find_answers_null_rather_than_throwing_not_found()
    {
        var finds = PublicApi.BrokerAssemblies.SelectMany(a => a.GetExportedTypes()).Where(t => t.IsInterface)
            .SelectMany(t => t.GetMethods()).Where(m => m.Name.StartsWith("Find", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(finds);
        Assert.All(finds, method =>
            Assert.Equal(NullabilityState.Nullable, Assert.Single(new NullabilityInfoContext().Create(method.ReturnParameter).GenericTypeArguments).ReadState));
    }

    [Fact]
    public void Idempotent_placement_takes_the_previous_attempt_in_both_brokers()
    {
        foreach (var client in new[] { typeof(IGrowwClient), typeof(IDhanClient) })
        {
            var method = Assert.Single(Operation(client, "Orders", "PlaceOrderIdempotentAsync"));
            var parameters = method.GetParameters();

            Assert.Equal(3, parameters.Length);
            Assert.Equal(typeof(OrderOutcomeUnknownException), parameters[1].ParameterType);
            Assert.Equal("previousAttempt", parameters[1].Name);
            Assert.True(parameters[1].HasDefaultValue);
        }
    }

    [Theory]
    [InlineData("Orders", "GetOrdersAsync")]
    [InlineData("Portfolio", "GetPositionsAsync")]
    [InlineData("Portfolio", "GetHoldingsAsync")]
    public void A_list_of_everything_can_be_read_with_only_a_cancellation_token_in_both_brokers(string area, string operation)
    {
        foreach (var client in new[] { typeof(IGrowwClient), typeof(IDhanClient) })
        {
            Assert.Contains(Operation(client, area, operation), m => m.GetParameters() is [{ ParameterType: var only }] && only == typeof(CancellationToken));
        }
    }

    [Fact]
    public void Both_orders_clients_state_their_client_reference_rule()
    {
        Assert.Equal(typeof(ClientReferenceRule), Area(typeof(IGrowwClient), "Orders").GetProperty("ClientReferenceRule")?.PropertyType);
        Assert.Equal(typeof(ClientReferenceRule), Area(typeof(IDhanClient), "Orders").GetProperty("ClientReferenceRule")?.PropertyType);
    }

    [Fact]
    public void Both_clients_expose_their_token_manager()
    {
        Assert.Equal(typeof(TokenManager), typeof(IGrowwClient).GetProperty("Tokens")?.PropertyType);
        Assert.Equal(typeof(TokenManager), typeof(IDhanClient).GetProperty("Tokens")?.PropertyType);
    }

    [Fact]
    public void Both_clients_are_built_without_dependency_injection_the_same_way()
    {
        var groww = typeof(GrowwClient).GetMethod("Create", BindingFlags.Public | BindingFlags.Static)!;
        var dhan = typeof(DhanClient).GetMethod("Create", BindingFlags.Public | BindingFlags.Static)!;

        Assert.Equal(typeof(GrowwClient), groww.ReturnType);
        Assert.Equal(typeof(DhanClient), dhan.ReturnType);
        Assert.Equal(Shape(groww, "Groww"), Shape(dhan, "Dhan"));
        Assert.All(new[] { typeof(GrowwClient), typeof(DhanClient) }, type =>
        {
            Assert.True(typeof(IDisposable).IsAssignableFrom(type));
            Assert.True(typeof(IAsyncDisposable).IsAssignableFrom(type));
        });
    }

    [Fact]
    public void Both_packages_register_with_the_same_overloads()
    {
        var groww = typeof(GrowwServiceCollectionExtensions).GetMethods().Where(m => m.Name == "AddGrowwClient").Select(m => Shape(m, "Groww")).Order(StringComparer.Ordinal);
        var dhan = typeof(DhanServiceCollectionExtensions).GetMethods().Where(m => m.Name == "AddDhanClient").Select(m => Shape(m, "Dhan")).Order(StringComparer.Ordinal);

        Assert.Equal(groww, dhan);
        Assert.Equal(4, dhan.Count());
    }

    [Fact]
    public void Both_packages_have_a_client_factory_by_account_name()
    {
        Assert.Equal(typeof(IGrowwClient), typeof(IGrowwClientFactory).GetMethod("GetClient", [typeof(string)])?.ReturnType);
        Assert.Equal(typeof(IDhanClient), typeof(IDhanClientFactory).GetMethod("GetClient", [typeof(string)])?.ReturnType);
    }

    [Fact]
    public void Named_accounts_of_both_brokers_resolve_by_the_same_kinds_of_key()
    {
        var services = new ServiceCollection();
        services.AddGrowwClient("swing", o => o.Credentials.AccessToken = "groww-convention-token");
        services.AddDhanClient("scalp", o =>
        {
            o.ClientId = "1000000001";
            o.AccessToken = "dhan-convention-token";
        });
        using var provider = services.BuildServiceProvider();

        var groww = provider.GetRequiredKeyedService<IGrowwClient>("swing");
        var dhan = provider.GetRequiredKeyedService<IDhanClient>("scalp");

        Assert.Same(groww, provider.GetRequiredService<IGrowwClientFactory>().GetClient("swing"));
        Assert.Same(dhan, provider.GetRequiredService<IDhanClientFactory>().GetClient("scalp"));
        Assert.Same(groww, provider.GetRequiredKeyedService<IGrowwClient>(new BrokerAccountKey("Groww", "swing")));
        Assert.Same(dhan, provider.GetRequiredKeyedService<IDhanClient>(new BrokerAccountKey("Dhan", "scalp")));
        Assert.Equal("Groww", provider.GetRequiredKeyedService<ITradingClient>("swing").BrokerName);
        Assert.Equal("Dhan", provider.GetRequiredKeyedService<ITradingClient>("scalp").BrokerName);
    }

    [Theory]
    [InlineData("Groww", "RateLimits:Orderz", "10/s")]
    [InlineData("Dhan", "RateLimits:Orderz", "10/s")]
    [InlineData("Groww", "RateLimits:Orders", "ten per second")]
    [InlineData("Dhan", "RateLimits:Order", "ten per second")]
    [InlineData("Groww", "RequestTimeout", "soon")]
    [InlineData("Dhan", "RequestTimeout", "soon")]
    public void A_bad_configuration_fails_the_same_way_for_both_brokers_naming_broker_and_account(string broker, string key, string value)
    {
        using var provider = ConfiguredAccount.With(broker, key, value);

        var ex = Assert.Throws<OptionsValidationException>(() => broker == "Groww"
            ? (object)provider.GetRequiredKeyedService<IGrowwClient>("cfg")
            : provider.GetRequiredKeyedService<IDhanClient>("cfg"));
        Assert.Contains($"{broker} account 'cfg'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(GrowwClientOptions))]
    [InlineData(typeof(DhanClientOptions))]
    public void Options_copied_for_a_client_share_no_nested_settings_with_the_callers(Type optionsType)
    {
        var source = Activator.CreateInstance(optionsType)!;
        var target = Activator.CreateInstance(optionsType)!;
        var copy = optionsType.GetMethod("CopyTo", BindingFlags.NonPublic | BindingFlags.Instance, [optionsType])
            ?? throw new InvalidOperationException($"{optionsType.Name} has no CopyTo.");

        copy.Invoke(source, [target]);

        var nested = optionsType.GetProperties()
            .Where(p => p.PropertyType.IsClass && PublicApi.Assemblies.Contains(p.PropertyType.Assembly) && p.GetValue(source) is not null)
            .ToList();
        Assert.NotEmpty(nested);
        Assert.All(nested, p => Assert.False(ReferenceEquals(p.GetValue(source), p.GetValue(target)), $"{optionsType.Name}.{p.Name} is shared, not copied."));
    }

    private static Type Area(Type client, string area) =>
        client.GetProperty(area)?.PropertyType ?? throw new InvalidOperationException($"{client.Name} has no area '{area}'.");

    private static IEnumerable<MethodInfo> Operation(Type client, string area, string operation) =>
        Area(client, area).GetMethods().Where(m => m.Name == operation);

    /// <summary>A method's parameters with the broker's name taken out of every type, so the two packages compare.</summary>
    private static string Shape(MethodInfo method, string broker) =>
        string.Join(", ", method.GetParameters().Select(p => $"{Name(p.ParameterType).Replace(broker, "X", StringComparison.Ordinal)} {p.Name}{(p.HasDefaultValue ? " = default" : string.Empty)}"));

    private static string Name(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>"
        : type.Name;
}
