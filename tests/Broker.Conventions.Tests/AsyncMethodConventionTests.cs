namespace Broker.Conventions.Tests;

/// <summary>Every public async method says so in its name and can be cancelled, with the token last.</summary>
public sealed class AsyncMethodConventionTests
{
    [Fact]
    public void The_conventions_see_the_async_methods_of_every_package()
    {
        var asyncMethods = PublicApi.Types.SelectMany(PublicApi.CallableMethods).Where(m => PublicApi.IsAsync(m.ReturnType)).ToList();

        foreach (var assembly in PublicApi.Assemblies)
        {
            Assert.True(asyncMethods.Any(m => m.DeclaringType!.Assembly == assembly), $"{assembly.GetName().Name}: no async methods found; the walk is broken.");
        }

        Assert.True(asyncMethods.Count >= 150, $"Only {asyncMethods.Count} async methods found; the walk is broken.");
    }

    [Fact]
    public void Every_public_async_method_ends_in_Async()
    {
        var offenders = PublicApi.Types
            .SelectMany(PublicApi.CallableMethods)
            .Where(m => PublicApi.IsAsync(m.ReturnType) && !m.Name.EndsWith("Async", StringComparison.Ordinal))
            .Select(PublicApi.Describe)
            .ToList();

        Assert.True(offenders.Count == 0, "Async methods without the Async suffix:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Every_public_async_method_takes_a_cancellation_token_last()
    {
        var offenders = PublicApi.Types
            .SelectMany(PublicApi.CallableMethods)
            .Where(m => PublicApi.IsAsync(m.ReturnType) && !IsDisposeAsync(m))
            .Where(m => m.GetParameters() is var parameters && (parameters.Length == 0 || parameters[^1].ParameterType != typeof(CancellationToken)))
            .Select(PublicApi.Describe)
            .ToList();

        Assert.True(offenders.Count == 0, "Async methods whose last parameter is not a CancellationToken:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void No_public_method_takes_a_cancellation_token_anywhere_but_last()
    {
        var offenders = PublicApi.Types
            .SelectMany(PublicApi.CallableMethods)
            .Where(m => m.GetParameters() is var parameters && parameters.SkipLast(1).Any(p => p.ParameterType == typeof(CancellationToken)))
            .Select(PublicApi.Describe)
            .ToList();

        Assert.True(offenders.Count == 0, "Methods with a CancellationToken before other parameters:\n" + string.Join("\n", offenders));
    }

    // IAsyncDisposable.DisposeAsync() takes no token by the framework's design.
    private static bool IsDisposeAsync(System.Reflection.MethodInfo method) => method.Name == "DisposeAsync" && method.GetParameters().Length == 0;
}
