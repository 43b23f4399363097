using System.Text.Json;
using System.Text.Json.Serialization;
using Broker.Serialization;

namespace Broker.Abstractions.Tests.Serialization;

public partial class LenientConverterTests
{
    [Theory]
    [InlineData("{\"Price\":1500}", 1500)]
    [InlineData("{\"Price\":247.80}", 247.80)]
    [InlineData("{\"Price\":\"3985.00\"}", 3985.00)]
    [InlineData("{\"Price\":\" 12.5 \"}", 12.5)]
    [InlineData("{\"Price\":\"\"}", 0)]
    [InlineData("{\"Price\":\"NA\"}", 0)]
    [InlineData("{\"Price\":null}", 0)]
    public void Decimal_reads_numbers_numeric_strings_and_no_value(string json, double expected)
    {
        var model = JsonSerializer.Deserialize(json, TestJsonContext.Default.Amounts)!;

        Assert.Equal((decimal)expected, model.Price);
    }

    [Theory]
    [InlineData("{\"Trigger\":\"\"}")]
    [InlineData("{\"Trigger\":\"NaN\"}")]
    [InlineData("{\"Trigger\":\"N/A\"}")]
    [InlineData("{\"Trigger\":null}")]
    [InlineData("{}")]
    public void Nullable_decimal_reads_no_value_as_null(string json) =>
        Assert.Null(JsonSerializer.Deserialize(json, TestJsonContext.Default.Amounts)!.Trigger);

    [Fact]
    public void Decimal_keeps_exact_values_that_double_would_round()
    {
        var model = JsonSerializer.Deserialize("{\"Price\":0.1,\"Trigger\":\"2450.05\"}", TestJsonContext.Default.Amounts)!;

        Assert.Equal(0.1m, model.Price);
        Assert.Equal(2450.05m, model.Trigger);
    }

    [Theory]
    [InlineData("{\"Price\":\"twelve\"}")]
    [InlineData("{\"Price\":[1]}")]
    public void Decimal_rejects_non_numbers_with_a_JsonException(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, TestJsonContext.Default.Amounts));

    [Theory]
    [InlineData("{\"Quantity\":5}", 5)]
    [InlineData("{\"Quantity\":\"5\"}", 5)]
    [InlineData("{\"Quantity\":10.0}", 10)]
    [InlineData("{\"Quantity\":4294967000}", 4294967000)]
    [InlineData("{\"Quantity\":\"\"}", 0)]
    public void Int64_reads_whole_numbers_from_numbers_and_strings(string json, long expected) =>
        Assert.Equal(expected, JsonSerializer.Deserialize(json, TestJsonContext.Default.Amounts)!.Quantity);

    [Fact]
    public void Int64_rejects_fractions() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{\"Quantity\":2.5}", TestJsonContext.Default.Amounts));

    [Theory]
    [InlineData("{\"Id\":\"1234\"}", "1234")]
    [InlineData("{\"Id\":1234}", "1234")]
    [InlineData("{\"Id\":null}", null)]
    public void Flexible_string_reads_ids_sent_as_numbers_or_strings(string json, string? expected) =>
        Assert.Equal(expected, JsonSerializer.Deserialize(json, TestJsonContext.Default.Amounts)!.Id);

    [Theory]
    [InlineData("{\"At\":\"2023-10-01T10:15:30\"}", "2023-10-01T10:15:30+05:30")]
    [InlineData("{\"At\":\"2019-08-24T14:15:22Z\"}", "2019-08-24T19:45:22+05:30")]
    [InlineData("{\"At\":\"2024-07-01 09:15:00\"}", "2024-07-01T09:15:00+05:30")]
    [InlineData("{\"At\":1700000000}", "2023-11-15T03:43:20+05:30")]
    public void Ist_timestamps_are_read_in_IST(string json, string expected)
    {
        var at = JsonSerializer.Deserialize(json, TestJsonContext.Default.Amounts)!.At;

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), at);
        Assert.Equal(new TimeSpan(5, 30, 0), at!.Value.Offset);
    }

    [Theory]
    [InlineData("{\"At\":\"\"}")]
    [InlineData("{\"At\":\"NA\"}")]
    [InlineData("{\"At\":\"0001-01-01\"}")]
    [InlineData("{\"At\":\"01/01/1980 00:00:00\"}")]
    public void Ist_timestamps_read_placeholders_as_null(string json) =>
        Assert.Null(JsonSerializer.Deserialize(json, TestJsonContext.Default.Amounts)!.At);

    [Fact]
    public void Writing_keeps_decimals_exact_and_times_in_IST()
    {
        var json = JsonSerializer.Serialize(
            new Amounts { Price = 2450.05m, Trigger = null, Quantity = 3, At = new DateTimeOffset(2026, 11, 23, 3, 45, 0, TimeSpan.Zero) },
            TestJsonContext.Default.Amounts);

        Assert.Contains("\"Price\":2450.05", json, StringComparison.Ordinal);
        Assert.Contains("\"At\":\"2026-11-23T09:15:00+05:30\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"Status\":\"OPEN\"}", "OPEN")]
    [InlineData("{\"Status\":\"SOMETHING_NEW\"}", "SOMETHING_NEW")]
    public void Open_string_values_keep_unknown_wire_values(string json, string expected)
    {
        var model = JsonSerializer.Deserialize(json, TestJsonContext.Default.Amounts)!;

        Assert.Equal(expected, model.Status.Value);
        Assert.Equal(json, JsonSerializer.Serialize(new Amounts { Status = model.Status }, TestJsonContext.Default.Amounts)
            .Replace(",\"Trigger\":null,\"Quantity\":0,\"Id\":null,\"At\":null", string.Empty, StringComparison.Ordinal)
            .Replace("\"Price\":0,", string.Empty, StringComparison.Ordinal));
    }

    public sealed class Amounts
    {
        [JsonConverter(typeof(LenientDecimalConverter))]
        public decimal Price { get; set; }

        [JsonConverter(typeof(LenientNullableDecimalConverter))]
        public decimal? Trigger { get; set; }

        [JsonConverter(typeof(LenientInt64Converter))]
        public long Quantity { get; set; }

        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Id { get; set; }

        [JsonConverter(typeof(IstDateTimeOffsetConverter))]
        public DateTimeOffset? At { get; set; }

        public SampleStatus Status { get; set; } = SampleStatus.Open;
    }

    [JsonConverter(typeof(StringValueJsonConverter<SampleStatus>))]
    public readonly record struct SampleStatus(string Value) : IStringValue<SampleStatus>
    {
        public static SampleStatus Open => new("OPEN");

        public static SampleStatus FromValue(string value) => new(value);

        public override string ToString() => Value;
    }

    [JsonSerializable(typeof(Amounts))]
    [JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
    private sealed partial class TestJsonContext : JsonSerializerContext
    {
    }
}
