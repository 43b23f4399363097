using System.Reflection;
using Broker.Dhan;
using Broker.Groww;
using Broker.Sandbox;
using Broker.Trading;

namespace Broker.Conventions.Tests;

/// <summary>The packages whose public API the conventions cover, and ways to walk it.</summary>
internal static class PublicApi
{
    public static IReadOnlyList<Assembly> Assemblies { get; } =
    [
        typeof(ITradingClient).Assembly,
        typeof(IGrowwClient).Assembly,
        typeof(IDhanClient).Assembly,
        typeof(BrokerSandbox).Assembly,
    ];

    public static IReadOnlyList<Assembly> BrokerAssemblies { get; } = [typeof(IGrowwClient).Assembly, typeof(IDhanClient).Assembly];

    public static IEnumerable<Type> Types => Assemblies.SelectMany(a => a.GetExportedTypes());

    /// <summary>Public and protected methods a caller can reach, declared by the type itself (no accessors, no compiler-made members).</summary>
    public static IEnumerable<MethodInfo> CallableMethods(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly)
            .Where(m => !m.IsSpecialName && !m.Name.Contains('<', StringComparison.Ordinal));

    public static bool IsAsync(Type returnType)
    {
        if (returnType == typeof(Task) || returnType == typeof(ValueTask))
        {
            return true;
        }

        if (!returnType.IsGenericType)
        {
            return false;
        }

        var definition = returnType.GetGenericTypeDefinition();
        return definition == typeof(Task<>) || definition == typeof(ValueTask<>) || definition == typeof(IAsyncEnumerable<>);
    }

    public static string Describe(MethodInfo method) =>
        $"{method.DeclaringType!.FullName}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name + " " + p.Name))})";

    /// <summary>The area clients of a broker's client interface: its properties whose type name ends in <c>Client</c>.</summary>
    public static IEnumerable<PropertyInfo> AreaClients(Type clientInterface) =>
        clientInterface.GetProperties().Where(p => p.PropertyType.Name.EndsWith("Client", StringComparison.Ordinal));
}
