using System.Reflection;
using Broker.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Broker.Conventions.Tests;

/// <summary>
/// The sandbox server speaks the brokers' wire protocols and never uses the SDK's clients, so that a client bug
/// cannot hide behind the same code on the server side. Only <see cref="SandboxClientBuilderExtensions"/>
/// (<c>UseSandbox</c>) may touch the client packages.
/// </summary>
public sealed class SandboxLayeringTests
{
    private static readonly Assembly[] ClientAssemblies =
    [
        typeof(Broker.Groww.IGrowwClient).Assembly,
        typeof(Broker.Dhan.IDhanClient).Assembly,
    ];

    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void No_sandbox_type_but_UseSandbox_refers_to_the_client_packages()
    {
        var offenders = typeof(BrokerSandbox).Assembly.GetTypes()
            .Where(t => !IsInside(t, typeof(SandboxClientBuilderExtensions)))
            .SelectMany(t => ClientReferences(t).Select(r => $"{t.FullName} uses {r}"))
            .Distinct()
            .ToList();

        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void UseSandbox_is_seen_by_the_check()
    {
        // Guards the check above against passing because it reads nothing: the one allowed type does use the clients.
        Assert.NotEmpty(ClientReferences(typeof(SandboxClientBuilderExtensions))
            .Concat(typeof(SandboxClientBuilderExtensions).GetNestedTypes(Everything).SelectMany(ClientReferences)));
    }

    private static bool IsInside(Type type, Type container)
    {
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            if (t == container)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> ClientReferences(Type type)
    {
        var signatureTypes = type.GetFields(Everything).Select(f => f.FieldType)
            .Concat(type.GetProperties(Everything).Select(p => p.PropertyType))
            .Concat(type.GetMethods(Everything).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
            .Concat(type.GetInterfaces())
            .Append(type.BaseType);
        foreach (var signatureType in signatureTypes.OfType<Type>().Where(IsClientType))
        {
            yield return signatureType.FullName ?? signatureType.Name;
        }

        var bodies = type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything));
        foreach (var member in bodies.SelectMany(IlReader.ReferencedMembers))
        {
            var owner = member as Type ?? member.DeclaringType;
            if (owner is not null && IsClientType(owner))
            {
                yield return $"{owner.FullName}.{member.Name}";
            }
        }
    }

    private static bool IsClientType(Type type) =>
        ClientAssemblies.Contains(type.Assembly)
        || (type.IsGenericType && type.GetGenericArguments().Any(IsClientType))
        || (type.HasElementType && IsClientType(type.GetElementType()!));
}
