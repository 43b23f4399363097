using System.Text.Json.Serialization;
using Broker.Groww.Authentication;
using Broker.Groww.Historical;
using Broker.Groww.Sending;
using Broker.Groww.LiveData;
using Broker.Groww.Margins;
using Broker.Groww.Orders;
using Broker.Groww.Portfolio;
using Broker.Groww.SmartOrders;
using Broker.Groww.Users;
using Broker.Serialization;

namespace Broker.Groww.Serialization;

/// <summary>
/// Source-generated JSON metadata for every Groww request and response. Numbers, ids and times are read leniently
/// everywhere (numbers or numeric strings, "no value" markers, naive timestamps as IST); unset request fields are
/// not sent.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    Converters =
    [
        typeof(LenientDecimalConverter),
        typeof(LenientNullableDecimalConverter),
        typeof(LenientInt64Converter),
        typeof(LenientNullableInt64Converter),
        typeof(IstDateTimeOffsetConverter),
    ])]
[JsonSerializable(typeof(GrowwTokenMintRequest))]
[JsonSerializable(typeof(GrowwTokenMintResponse))]
[JsonSerializable(typeof(GrowwPlaceOrderRequest))]
[JsonSerializable(typeof(GrowwModifyOrderRequest))]
[JsonSerializable(typeof(GrowwCancelOrderBody))]
[JsonSerializable(typeof(GrowwEnvelope<GrowwOrderPlacement>))]
[JsonSerializable(typeof(GrowwEnvelope<GrowwOrderAcknowledgement>))]
[JsonSerializable(typeof(GrowwEnvelope<GrowwOrderStatusInfo>))]
[JsonSerializable(typeof(GrowwEnvelope<GrowwOrder>))]
[JsonSerializable(typeof(GrowwEnvelope<GrowwOrderListPayload>))]
[JsonSerializable(typeof(GrowwEnvelope<GrowwTradeListPayload>))]
[JsonSerializable(typeof(GrowwCreateGttRequest))]
[JsonSerializable(typeof(GrowwCreateOcoRequest))]
[JsonSerializable(typeof(GrowwModifyGttRequest))]
[JsonSerializable(typeof(GrowwModifyOcoRequest))]
[JsonSerializable(typeof(GrowwEnvelope<GrowwSmartOrder>))]
[JsonSerializable(typeof(GrowwEnvelope<GrowwSmartOrderListPayload>))]
[JsonSerializable(typeof(GrowwEnvelope<GrowwHoldingsPayload>))]
[JsonSerializable(typeof(GrowwEnvelope<GrowwPositionsPayload>))]
[JsonSerializable(typeof(GrowwEnvelope<GrowwAvailableMargin>))]
[JsonSerializable(typeof(IReadOnlyList<GrowwMarginOrder>))]
[JsonSerializable(typeof(GrowwEnvelope<GrowwRequiredMargin>))]
[JsonSerializable(typeof(GrowwEnvelope<GrowwQuote>))]
[JsonSerializable(typeof(GrowwEnvelope<Dictionary<string, decimal>>))]
[JsonSerializable(typeof(GrowwEnvelope<Dictionary<string, GrowwOhlc>>))]
[JsonSerializable(typeof(GrowwEnvelope<GrowwOptionChain>))]
[JsonSerializable(typeof(GrowwEnvelope<GrowwGreeksPayload>))]
[JsonSerializable(typeof(GrowwEnvelope<GrowwCandles>))]
[JsonSerializable(typeof(GrowwEnvelope<GrowwExpiriesPayload>))]
[JsonSerializable(typeof(GrowwEnvelope<GrowwContractsPayload>))]
[JsonSerializable(typeof(GrowwEnvelope<GrowwUserProfile>))]
internal sealed partial class GrowwJsonContext : JsonSerializerContext;
