using System.Reflection;

namespace Broker.Sandbox.Tests.Infrastructure;

public sealed class EndpointNameTests
{
    private static readonly string[] Constants = [.. typeof(SandboxEndpointNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .Where(n => n != SandboxEndpointNames.Unmatched)];

    [Fact]
    public void Every_endpoint_name_constant_can_be_targeted_by_a_fault()
    {
        Assert.Equal(Constants.Order(), SandboxEndpointNames.All.Order());
    }

    [Fact]
    public void Endpoint_names_are_unique_lowercase_and_prefixed_by_their_broker()
    {
        Assert.Equal(Constants.Length, Constants.Distinct().Count());
        Assert.All(Constants, n => Assert.Matches("^(groww|dhan)\\.[a-z-]+\\.[a-z-]+$", n));
    }
}
