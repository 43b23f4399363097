using System.Text.Json.Serialization;
using Broker.Dhan.Authentication;
using Broker.Dhan.Orders;
using Broker.Serialization;

namespace Broker.Dhan.Serialization;

/// <summary>
/// Source-generated JSON metadata for every Dhan wire type. Reading is lenient the way Dhan needs it: numbers may be
/// strings, "NA" and "" mean no value, timestamps without a zone are IST, and keys match case-insensitively.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(LenientDecimalConverter),
        typeof(LenientNullableDecimalConverter),
        typeof(LenientInt64Converter),
        typeof(LenientNullableInt64Converter),
        typeof(IstDateTimeOffsetConverter),
        typeof(FlexibleStringConverter),
        typeof(DhanDateOnlyConverter),
        typeof(DhanOneOrManyConverter<DhanOrder>),
        typeof(DhanOneOrManyConverter<DhanTrade>),
        typeof(DhanOneOrManyConverter<DhanOrderAcknowledgement>),
    ])]
[JsonSerializable(typeof(DhanTokenResponse))]
[JsonSerializable(typeof(PlaceOrderBody))]
[JsonSerializable(typeof(ModifyOrderBody))]
[JsonSerializable(typeof(DhanOrderAcknowledgement))]
[JsonSerializable(typeof(List<DhanOrderAcknowledgement>))]
[JsonSerializable(typeof(List<DhanOrder>))]
[JsonSerializable(typeof(List<DhanTrade>))]
internal sealed partial class DhanJsonContext : JsonSerializerContext;
