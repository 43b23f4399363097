using System.Net;
using System.Reflection;
using System.Runtime.CompilerServices;
using Broker.Dhan;
using Broker.Errors;
using Broker.Groww;
using Broker.Trading;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;

namespace Broker.Conventions.Tests;

/// <summary>
/// Every public operation of both brokers, called with empty, zero, negative and default arguments: what it refuses, it
/// refuses with a <see cref="BrokerValidationException"/> that names its broker (<c>Groww: …</c>, <c>Dhan: …</c>), and
/// nothing raw escapes. What it does not refuse goes to a stub broker, whose answers do not matter here.
/// </summary>
public sealed class ValidationConventionTests
{
    public static TheoryData<string, string, string> Operations()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (broker, area, method) in AllOperations())
        {
            data.Add(broker, area, Signature(method));
        }

        return data;
    }

    [Fact]
    public void The_conventions_call_the_operations_of_both_brokers()
    {
        var operations = AllOperations().ToList();

        Assert.True(operations.Count(o => o.Broker == "Groww") >= 25, "Too few Groww operations found; the walk is broken.");
        Assert.True(operations.Count(o => o.Broker == "Dhan") >= 40, "Too few Dhan operations found; the walk is broken.");
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Every_refusal_of_bad_input_names_its_broker_and_nothing_raw_escapes(string broker, string area, string signature)
    {
        await using var provider = Services();
        var (target, method) = Resolve(provider, broker, area, signature);

        foreach (var arguments in BadArguments(method))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            arguments[^1] = timeout.Token;
            var error = await Record.ExceptionAsync(() => Invoke(target, method, arguments));

            switch (error)
            {
                case null or BrokerException and not BrokerValidationException:
                    break;
                case BrokerValidationException refusal:
                    Assert.Equal(broker, refusal.Broker);
                    Assert.StartsWith($"{broker}: ", refusal.Message, StringComparison.Ordinal);
                    Assert.False(string.IsNullOrWhiteSpace(refusal.ParameterName), $"{signature}: the refusal names no field.");
                    break;
                default:
                    Assert.Fail($"{signature} with ({string.Join(", ", arguments.SkipLast(1).Select(Show))}) threw {error.GetType().Name}: {error.Message}");
                    break;
            }
        }
    }

    private static async Task Invoke(object target, MethodInfo method, object?[] arguments)
    {
        object? result;
        try
        {
            result = method.Invoke(target, arguments);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            // A refusal thrown before the method returned its task: the caller's await sees the same exception.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException);
            throw;
        }

        switch (result)
        {
            case Task task:
                await task;
                break;
            case ValueTask valueTask:
                await valueTask;
                break;
        }
    }

    /// <summary>
    /// One call per parameter with that parameter made bad and the others plain, then one with every parameter bad: an
    /// empty text, zero and minus one, default dates and values, an empty list, a request with nothing set.
    /// </summary>
    private static IEnumerable<object?[]> BadArguments(MethodInfo method)
    {
        var parameters = method.GetParameters();
        for (var bad = 0; bad < parameters.Length - 1; bad++)
        {
            foreach (var value in BadValues(parameters[bad].ParameterType))
            {
                var arguments = parameters.Select(p => Plain(p.ParameterType)).ToArray();
                arguments[bad] = value;
                yield return arguments;
            }
        }

        yield return parameters.Select(p => BadValues(p.ParameterType).FirstOrDefault()).ToArray();
    }

    private static IEnumerable<object?> BadValues(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return ["", " ", "..", "a/b"];
        }

        if (underlying == typeof(int))
        {
            return [0, -1];
        }

        if (underlying == typeof(long))
        {
            return [0L, -1L];
        }

        if (underlying == typeof(decimal))
        {
            return [0m, -1m];
        }

        if (underlying == typeof(CancellationToken) || underlying == typeof(bool))
        {
            return [Plain(type)];
        }

        if (underlying.IsValueType)
        {
            return [Activator.CreateInstance(underlying)];
        }

        if (Element(underlying) is { } element)
        {
            return [Array.CreateInstance(element, 0)];
        }

        if (underlying == typeof(OrderOutcomeUnknownException))
        {
            return [null];
        }

        return underlying.GetConstructor(Type.EmptyTypes) is not null
            ? [Activator.CreateInstance(underlying)]
            : [RuntimeHelpers.GetUninitializedObject(underlying)];
    }

    /// <summary>A harmless value: the bad values are tried one parameter at a time against these.</summary>
    private static object? Plain(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return "ABC12345";
        }

        if (underlying == typeof(int) || underlying == typeof(long) || underlying == typeof(decimal))
        {
            return Convert.ChangeType(1, underlying, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (underlying == typeof(DateOnly))
        {
            return new DateOnly(2026, 12, 3);
        }

        if (underlying == typeof(DateTimeOffset))
        {
            return new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(5.5));
        }

        if (underlying.IsValueType)
        {
            return Activator.CreateInstance(underlying);
        }

        return BadValues(type).FirstOrDefault();
    }

    private static Type? Element(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericTypeDefinition() is var d && (d == typeof(IEnumerable<>) || d == typeof(IReadOnlyList<>) || d == typeof(IReadOnlyCollection<>) || d == typeof(IList<>))
            ? type.GetGenericArguments()[0]
            : null;

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        _ => value.GetType().Name,
    };

    private static ServiceProvider Services()
    {
        var broker = new MockHttpMessageHandler();
        broker.Fallback.Respond(HttpStatusCode.OK, "application/json", "{}");
        var services = new ServiceCollection();
        services.AddGrowwClient(o =>
        {
            o.Credentials.AccessToken = "groww-convention-token";
            o.EnableRateLimiting = false;
            o.Retry.MaxRetryAttempts = 0;
        }).HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => broker);
        services.AddDhanClient(o =>
        {
            o.ClientId = "1000000001";
            o.AccessToken = "dhan-convention-token";
            o.EnableRateLimiting = false;
            o.Retry.MaxRetryAttempts = 0;
            o.RateLimits.OptionChainUniqueRequestInterval = TimeSpan.Zero;
        }).HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => broker);
        return services.BuildServiceProvider();
    }

    private static IEnumerable<(string Broker, string Area, MethodInfo Method)> AllOperations()
    {
        foreach (var (broker, client) in new[] { ("Groww", typeof(IGrowwClient)), ("Dhan", typeof(IDhanClient)) })
        {
            foreach (var area in PublicApi.AreaClients(client))
            {
                foreach (var method in area.PropertyType.GetMethods().Where(m => PublicApi.IsAsync(m.ReturnType) && m.GetParameters().Length > 1))
                {
                    yield return (broker, area.Name, method);
                }
            }

            foreach (var method in typeof(ITradingClient).GetMethods().Where(m => PublicApi.IsAsync(m.ReturnType) && m.GetParameters().Length > 1))
            {
                yield return (broker, "Trading", method);
            }
        }
    }

    private static (object Target, MethodInfo Method) Resolve(IServiceProvider provider, string broker, string area, string signature)
    {
        object client = broker == "Groww" ? provider.GetRequiredService<IGrowwClient>() : provider.GetRequiredService<IDhanClient>();
        var target = area == "Trading"
            ? provider.GetServices<ITradingClient>().Single(t => t.BrokerName == broker)
            : client.GetType().GetInterfaces().Select(i => i.GetProperty(area)).First(p => p is not null)!.GetValue(client)!;
        var method = AllOperations().Single(o => o.Broker == broker && o.Area == area && Signature(o.Method) == signature).Method;
        return (target, method);
    }

    private static string Signature(MethodInfo method) =>
        $"{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})";
}
