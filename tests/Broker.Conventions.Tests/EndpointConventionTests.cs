using System.Reflection;
using System.Text.RegularExpressions;
using Broker.Http;
using Broker.Sandbox;

namespace Broker.Conventions.Tests;

/// <summary>
/// One name scheme for endpoints, shared by the clients (exceptions, logs, metrics) and the sandbox (fault targeting,
/// request records): <c>area.operation</c> in kebab case on the client, the same with the broker's prefix in the
/// sandbox. Every endpoint a client declares is called by some method and answered by a sandbox route.
/// </summary>
public sealed partial class EndpointConventionTests
{
    /// <summary>Sandbox routes the SDK has no client for yet; each needs a reason.</summary>
    private static readonly HashSet<string> SandboxOnlyRoutes = new(StringComparer.Ordinal)
    {
        "groww.feed.socket-token",   // Groww's NATS feed: the SDK has no Groww feed client yet.
        "dhan.auth.consent-login",   // The browser step of Dhan's consent flow: a person, not the SDK, calls it.
        "dhan.auth.partner-consent-login",   // The browser step of Dhan's partner consent flow: a person, not the SDK, calls it.
    };

    public static TheoryData<string, string> Endpoints()
    {
        var data = new TheoryData<string, string>();
        foreach (var (broker, field) in EndpointFields())
        {
            data.Add(broker, $"{field.DeclaringType!.Name}.{field.Name}");
        }

        return data;
    }

    [Fact]
    public void Both_brokers_declare_their_endpoints_where_the_conventions_can_see_them()
    {
        var fields = EndpointFields().ToList();

        Assert.True(fields.Count(f => f.Broker == "groww") >= 25, "Too few Groww endpoints found; the walk is broken.");
        Assert.True(fields.Count(f => f.Broker == "dhan") >= 40, "Too few Dhan endpoints found; the walk is broken.");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public void Endpoint_names_follow_the_one_scheme(string broker, string endpoint)
    {
        var name = Find(broker, endpoint).Name;

        Assert.Matches(Scheme(), name);
        Assert.False(name.StartsWith(broker + ".", StringComparison.Ordinal), $"{endpoint} repeats the broker in its name '{name}'.");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public void Every_endpoint_is_answered_by_a_sandbox_route_of_the_same_name(string broker, string endpoint)
    {
        var name = Find(broker, endpoint).Name;

        Assert.Contains($"{broker}.{name}", SandboxEndpointNames.All);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public void Every_endpoint_is_used_by_a_client_method(string broker, string endpoint)
    {
        var field = EndpointFields().Single(f => f.Broker == broker && $"{f.Field.DeclaringType!.Name}.{f.Field.Name}" == endpoint).Field;

        var users = field.Module.Assembly.GetTypes()
            .Where(t => t != field.DeclaringType)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Cast<MethodBase>()
                .Concat(t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)))
            .Where(m => IlReader.LoadedStaticFields(m).Any(f => f == field))
            .ToList();

        Assert.True(users.Count > 0, $"{endpoint} ('{Find(broker, endpoint).Name}') is declared but no method sends it.");
    }

    [Fact]
    public void Every_sandbox_route_has_a_client_endpoint_or_a_stated_reason()
    {
        var clientNames = EndpointFields().Select(f => $"{f.Broker}.{((BrokerEndpoint)f.Field.GetValue(null)!).Name}").ToHashSet(StringComparer.Ordinal);

        var orphans = SandboxEndpointNames.All.Where(n => !clientNames.Contains(n) && !SandboxOnlyRoutes.Contains(n)).Order(StringComparer.Ordinal).ToList();

        Assert.True(orphans.Count == 0, "Sandbox routes no client endpoint uses:\n" + string.Join("\n", orphans));
    }

    [Fact]
    public void Sandbox_route_names_follow_the_scheme_with_the_broker_first()
    {
        foreach (var name in SandboxEndpointNames.All)
        {
            Assert.Matches(SandboxScheme(), name);
        }
    }

    private static BrokerEndpoint Find(string broker, string endpoint) =>
        (BrokerEndpoint)EndpointFields().Single(f => f.Broker == broker && $"{f.Field.DeclaringType!.Name}.{f.Field.Name}" == endpoint).Field.GetValue(null)!;

    private static IEnumerable<(string Broker, FieldInfo Field)> EndpointFields() =>
        PublicApi.BrokerAssemblies.SelectMany(assembly => assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => f.FieldType == typeof(BrokerEndpoint) && !f.Name.Contains('<', StringComparison.Ordinal))
            .Select(f => (assembly.GetName().Name!["Broker.".Length..].ToLowerInvariant(), f)));

    [GeneratedRegex("^[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*$")]
    private static partial Regex Scheme();

    [GeneratedRegex("^(groww|dhan)\\.[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*$")]
    private static partial Regex SandboxScheme();
}
