using Broker.Collections;

namespace Broker.Abstractions.Tests.Collections;

public sealed class ValueListTests
{
    private sealed record Holder(IReadOnlyList<int> Items)
    {
        public IReadOnlyList<int> Items { get; init => field = ValueList.OrEmpty(value); } = ValueList.OrEmpty(Items);
    }

    [Fact]
    public void Prints_its_items_not_its_type()
    {
        Assert.Equal("[1, 2, 3]", ValueList.From([1, 2, 3]).ToString());
        Assert.Equal("[]", ValueList.Empty<int>().ToString());
    }

    [Fact]
    public void A_long_list_prints_the_first_items_and_counts_the_rest()
    {
        var text = ValueList.From(Enumerable.Range(1, 25)).ToString();

        Assert.StartsWith("[1, 2, 3,", text, StringComparison.Ordinal);
        Assert.EndsWith(", 20, … (5 more)]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_lists_with_the_same_items_are_equal_and_hash_alike()
    {
        var a = ValueList.From([1, 2, 3]);
        var b = ValueList.From(new List<int> { 1, 2, 3 });

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ValueList.From([1, 2]));
        Assert.NotEqual(a, ValueList.From([3, 2, 1]));
    }

    [Fact]
    public void A_record_holding_a_list_prints_the_items_and_compares_by_them()
    {
        var first = new Holder([1, 2]);
        var second = new Holder(new List<int> { 1, 2 });

        Assert.Equal("Holder { Items = [1, 2] }", first.ToString());
        Assert.Equal(first, second);
        Assert.Equal(first, first with { });
        Assert.NotEqual(first, first with { Items = [1] });
    }

    [Fact]
    public void Changing_the_source_list_afterwards_does_not_change_the_copy()
    {
        var source = new List<int> { 1 };
        var list = ValueList.From(source);

        source.Add(2);

        Assert.Single(list);
    }

    [Fact]
    public void Null_stays_null_and_OrEmpty_makes_it_empty()
    {
        Assert.Null(ValueList.From<int>(null));
        Assert.Empty(ValueList.OrEmpty<int>(null));
    }

    [Fact]
    public void A_dictionary_prints_its_entries_in_arrival_order_and_compares_by_them()
    {
        var a = ValueDictionary.From(new Dictionary<string, int> { ["b"] = 2, ["a"] = 1 });
        var b = ValueDictionary.From(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 });

        Assert.Equal("{b: 2, a: 1}", a.ToString());
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(2, a["b"]);
        Assert.Equal(["b", "a"], a.Keys);
    }
}
