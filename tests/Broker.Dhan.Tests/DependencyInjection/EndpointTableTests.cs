using System.Reflection;
using Broker.Http;

namespace Broker.Dhan.Tests.DependencyInjection;

public sealed class EndpointTableTests
{
    private static IEnumerable<BrokerEndpoint> All() =>
        typeof(DhanEndpoints).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (BrokerEndpoint)f.GetValue(null)!);

    [Fact]
    public void Order_super_forever_and_alert_writes_are_order_writes_in_the_order_class()
    {
        var writes = All().Where(e => e.Name.StartsWith("orders.", StringComparison.Ordinal) && e.Name is "orders.create" or "orders.modify" or "orders.cancel" or "orders.slice")
            .Concat(All().Where(e => e.Name.StartsWith("super-orders.", StringComparison.Ordinal) || e.Name.StartsWith("forever-orders.", StringComparison.Ordinal) || e.Name.StartsWith("alerts.", StringComparison.Ordinal))
                .Where(e => !e.Name.EndsWith(".list", StringComparison.Ordinal) && !e.Name.EndsWith(".get", StringComparison.Ordinal)))
            .ToList();

        Assert.Equal(13, writes.Count);
        Assert.All(writes, e =>
        {
            Assert.True(e.IsOrderWrite, e.Name);
            Assert.False(e.IsIdempotent, e.Name);
            Assert.Equal(DhanRateLimitCategories.Order, e.RateLimitCategory);
        });
    }

    [Fact]
    public void Quotes_are_quote_class_and_charts_and_option_chain_are_data_class_reads()
    {
        Assert.All(All().Where(e => e.Name.StartsWith("market-quote.", StringComparison.Ordinal)), e => Assert.Equal((DhanRateLimitCategories.Quote, true), (e.RateLimitCategory, e.IsIdempotent)));
        Assert.All(All().Where(e => e.Name.StartsWith("charts.", StringComparison.Ordinal) || e.Name.StartsWith("option-chain.", StringComparison.Ordinal)),
            e => Assert.Equal((DhanRateLimitCategories.Data, true), (e.RateLimitCategory, e.IsIdempotent)));
    }

    [Fact]
    public void Auth_host_calls_carry_no_access_token_and_are_never_retried()
    {
        var auth = All().Where(e => e.Name.StartsWith("auth.", StringComparison.Ordinal)).ToList();

        Assert.Equal(6, auth.Count);
        Assert.All(auth, e => Assert.Equal((false, false), (e.RequiresAuthentication, e.IsIdempotent)));
    }

    [Fact]
    public void Endpoint_names_are_unique()
    {
        var names = All().Select(e => e.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }
}
