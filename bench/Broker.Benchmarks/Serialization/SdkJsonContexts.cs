using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Broker.Dhan;
using Broker.Groww;

namespace Broker.Benchmarks.Serialization;

/// <summary>
/// The packages' own source-generated JSON contexts (GrowwJsonContext, DhanJsonContext), which are internal: found
/// once by name, then used exactly as the clients use them (serialization itself involves no reflection).
/// </summary>
internal static class SdkJsonContexts
{
    public static JsonSerializerContext Groww { get; } = Load(typeof(IGrowwClient).Assembly, "Broker.Groww.Serialization.GrowwJsonContext");

    public static JsonSerializerContext Dhan { get; } = Load(typeof(IDhanClient).Assembly, "Broker.Dhan.Serialization.DhanJsonContext");

    /// <summary>The metadata of a type of the Groww package, such as <c>Broker.Groww.Http.GrowwEnvelope`1</c> closed over a payload.</summary>
    public static JsonTypeInfo GrowwType(string name, params string[] typeArguments) => TypeInfo(Groww, typeof(IGrowwClient).Assembly, name, typeArguments);

    /// <summary>The metadata of a type of the Dhan package.</summary>
    public static JsonTypeInfo DhanType(Type type) =>
        Dhan.GetTypeInfo(type) ?? throw new InvalidOperationException($"DhanJsonContext has no metadata for {type}.");

    /// <summary>The metadata of a type of the Dhan package, by name.</summary>
    public static JsonTypeInfo DhanType(string name) => TypeInfo(Dhan, typeof(IDhanClient).Assembly, name, []);

    private static JsonTypeInfo TypeInfo(JsonSerializerContext context, Assembly assembly, string name, string[] typeArguments)
    {
        var type = assembly.GetType(name, throwOnError: true)!;
        if (typeArguments.Length > 0)
        {
            type = type.MakeGenericType([.. typeArguments.Select(a => assembly.GetType(a, throwOnError: true)!)]);
        }

        return context.GetTypeInfo(type) ?? throw new InvalidOperationException($"{context.GetType().Name} has no metadata for {type}.");
    }

    private static JsonSerializerContext Load(Assembly assembly, string name)
    {
        var type = assembly.GetType(name, throwOnError: true)!;
        var property = type.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{name} has no Default instance.");
        return (JsonSerializerContext)property.GetValue(null)!;
    }
}
