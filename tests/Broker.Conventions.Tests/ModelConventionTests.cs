using System.Reflection;
using System.Runtime.CompilerServices;
using Broker.Dhan;
using Broker.Groww;
using Broker.Trading;

namespace Broker.Conventions.Tests;

/// <summary>
/// What the clients take and give back are records in both brokers: <c>with</c> works on every request, two answers
/// with the same content are equal, and <c>ToString()</c> shows the fields, lists included.
/// </summary>
public sealed class ModelConventionTests
{
    /// <summary>Types that hold a secret: a class with a redacting ToString, never a record that would print it.</summary>
    private static readonly HashSet<Type> SecretHolders = [typeof(Broker.Authentication.AccessToken)];

    public static TheoryData<string> Models()
    {
        var data = new TheoryData<string>();
        foreach (var type in ModelTypes().Where(t => !SecretHolders.Contains(t)))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void The_conventions_see_the_models_of_both_brokers()
    {
        var models = ModelTypes().ToList();

        Assert.True(models.Count(t => t.Assembly == typeof(IGrowwClient).Assembly) >= 30, "Too few Groww models found; the walk is broken.");
        Assert.True(models.Count(t => t.Assembly == typeof(IDhanClient).Assembly) >= 40, "Too few Dhan models found; the walk is broken.");
        Assert.True(models.SelectMany(t => t.GetProperties()).Count(p => p.SetMethod is { IsPublic: true } && Collection(p.PropertyType) is not null) >= 15, "Too few list properties found; the walk is broken.");
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_request_and_answer_is_a_record(string model)
    {
        var type = Type(model);

        Assert.True(IsRecord(type), $"{model} is a class; make it a record so 'with', equality and ToString work as for every other model.");
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_list_a_model_holds_prints_its_items(string model)
    {
        var type = Type(model);
        foreach (var property in type.GetProperties().Where(p => p.SetMethod is { IsPublic: true } && Collection(p.PropertyType) is not null))
        {
            var instance = RuntimeHelpers.GetUninitializedObject(type);
            property.SetValue(instance, Collection(property.PropertyType)!());

            var text = instance.ToString()!;

            Assert.DoesNotContain("System.Collections", text, StringComparison.Ordinal);
            Assert.DoesNotContain("`", text, StringComparison.Ordinal);
            Assert.True(text.Contains($"{property.Name} = [", StringComparison.Ordinal) || text.Contains($"{property.Name} = {{", StringComparison.Ordinal), text);
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_list_a_model_holds_compares_by_its_items(string model)
    {
        var type = Type(model);
        foreach (var property in type.GetProperties().Where(p => p.SetMethod is { IsPublic: true } && Collection(p.PropertyType) is not null))
        {
            var first = RuntimeHelpers.GetUninitializedObject(type);
            var second = RuntimeHelpers.GetUninitializedObject(type);
            property.SetValue(first, Collection(property.PropertyType)!());
            property.SetValue(second, Collection(property.PropertyType)!());

            Assert.Equal(first, second);
        }
    }

    private static Type Type(string name) => ModelTypes().Single(t => t.FullName == name);

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);

    /// <summary>For a list or dictionary property type, a way to make a fresh one-entry instance of a plain BCL collection.</summary>
    private static Func<object>? Collection(Type type)
    {
        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        var arguments = type.GetGenericArguments();
        if (definition == typeof(IReadOnlyList<>) || definition == typeof(IList<>) || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>))
        {
            return () =>
            {
                var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(arguments))!;
                list.Add(Sample(arguments[0]));
                return list;
            };
        }

        if (definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IDictionary<,>))
        {
            return () =>
            {
                var dictionary = (System.Collections.IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(arguments))!;
                dictionary.Add(Sample(arguments[0])!, Sample(arguments[1]));
                return dictionary;
            };
        }

        return null;
    }

    private static object? Sample(Type type) =>
        type == typeof(string) ? "item"
        : type.IsValueType ? Activator.CreateInstance(type)
        : type.IsAbstract || type.IsInterface ? null
        : RuntimeHelpers.GetUninitializedObject(type);

    /// <summary>
    /// The types the area clients and trading clients take and return, and the types those hold, that belong to the
    /// SDK: requests, answers and their parts.
    /// </summary>
    private static IEnumerable<Type> ModelTypes()
    {
        var roots = new List<Type> { typeof(ITradingClient) };
        roots.AddRange(PublicApi.AreaClients(typeof(IGrowwClient)).Select(p => p.PropertyType));
        roots.AddRange(PublicApi.AreaClients(typeof(IDhanClient)).Select(p => p.PropertyType));

        var found = new HashSet<Type>();
        var pending = new Queue<Type>(roots.SelectMany(r => r.GetMethods()).Where(m => !m.IsSpecialName).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)));
        while (pending.TryDequeue(out var type))
        {
            foreach (var candidate in Unwrap(type))
            {
                if (IsModel(candidate) && found.Add(candidate))
                {
                    foreach (var property in candidate.GetProperties())
                    {
                        pending.Enqueue(property.PropertyType);
                    }
                }
            }
        }

        return found.OrderBy(t => t.FullName, StringComparer.Ordinal);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.IsArray)
        {
            return Unwrap(type.GetElementType()!);
        }

        return type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrap).Append(type) : [type];
    }

    private static bool IsModel(Type type) =>
        PublicApi.Assemblies.Contains(type.Assembly)
        && type.IsPublic
        && !type.IsGenericType
        && !type.IsInterface
        && !type.IsEnum
        && !type.IsAbstract
        && !typeof(Exception).IsAssignableFrom(type)
        && !typeof(Delegate).IsAssignableFrom(type)
        // Wire values (exchange, status...) are small structs over one string, printed as that string.
        && !type.IsValueType;
}
