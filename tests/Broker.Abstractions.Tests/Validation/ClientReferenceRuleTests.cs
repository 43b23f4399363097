using Broker.Errors;
using Broker.Http;
using Broker.Validation;

namespace Broker.Abstractions.Tests.Validation;

public sealed class ClientReferenceRuleTests
{
    private static readonly ClientReferenceRule GrowwLike = new(8, 20, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-", "8 to 20 letters and digits with at most two hyphens", '-', 2);

    [Theory]
    [InlineData("ABCD1234")]
    [InlineData("abcd-1234-efgh")]
    [InlineData("12345678901234567890")]
    public void Accepts_references_that_follow_every_part_of_the_rule(string reference) =>
        Assert.True(GrowwLike.Accepts(reference));

    [Theory]
    [InlineData("short")]
    [InlineData("123456789012345678901")]
    [InlineData("has space1")]
    [InlineData("a-b-c-defgh")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_references_that_break_any_part_of_the_rule(string? reference) =>
        Assert.False(GrowwLike.Accepts(reference));

    [Fact]
    public void A_refusal_names_the_broker_the_field_the_rule_and_what_is_wrong()
    {
        var ex = Assert.Throws<BrokerValidationException>(() => GrowwLike.Require(new BrokerValidator("Groww"), "a-b-c-defgh", "OrderReferenceId"));

        Assert.Equal("Groww", ex.Broker);
        Assert.Equal("OrderReferenceId", ex.ParameterName);
        Assert.StartsWith("Groww: OrderReferenceId must be 8 to 20 letters and digits with at most two hyphens; 'a-b-c-defgh' has 3 '-'.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_reference_is_allowed_because_one_will_be_generated() =>
        GrowwLike.Require(new BrokerValidator("Groww"), null, "OrderReferenceId");

    [Fact]
    public void Generated_references_follow_a_strict_rule()
    {
        for (var i = 0; i < 200; i++)
        {
            Assert.True(GrowwLike.Accepts(ClientReference.New()));
        }
    }
}
