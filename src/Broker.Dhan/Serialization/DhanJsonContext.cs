using System.Text.Json.Serialization;
using Broker.Dhan.Authentication;
using Broker.Dhan.ConditionalTriggers;
using Broker.Dhan.Edis;
using Broker.Dhan.ForeverOrders;
using Broker.Dhan.Funds;
using Broker.Dhan.Historical;
using Broker.Dhan.MarketQuote;
using Broker.Dhan.OptionChain;
using Broker.Dhan.Orders;
using Broker.Dhan.Portfolio;
using Broker.Dhan.Profile;
using Broker.Dhan.Statements;
using Broker.Dhan.StaticIp;
using Broker.Dhan.SuperOrders;
using Broker.Dhan.TradersControl;
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
        typeof(DhanStringConverter),
        typeof(DhanDateOnlyConverter),
        typeof(DhanOneOrManyConverter<DhanOrder>),
        typeof(DhanOneOrManyConverter<DhanTrade>),
        typeof(DhanOneOrManyConverter<DhanOrderAcknowledgement>),
        typeof(DhanOneOrManyConverter<DhanLedgerEntry>),
        typeof(DhanOneOrManyConverter<DhanConditionalTrigger>),
    ])]
[JsonSerializable(typeof(DhanTokenResponse))]
[JsonSerializable(typeof(PlaceOrderBody))]
[JsonSerializable(typeof(ModifyOrderBody))]
[JsonSerializable(typeof(DhanOrderAcknowledgement))]
[JsonSerializable(typeof(List<DhanOrderAcknowledgement>))]
[JsonSerializable(typeof(List<DhanOrder>))]
[JsonSerializable(typeof(List<DhanTrade>))]
[JsonSerializable(typeof(DhanConsent))]
[JsonSerializable(typeof(DhanPartnerConsent))]
[JsonSerializable(typeof(PlaceSuperOrderBody))]
[JsonSerializable(typeof(ModifySuperOrderBody))]
[JsonSerializable(typeof(List<DhanSuperOrder>))]
[JsonSerializable(typeof(PlaceForeverOrderBody))]
[JsonSerializable(typeof(ModifyForeverOrderBody))]
[JsonSerializable(typeof(List<DhanForeverOrder>))]
[JsonSerializable(typeof(AlertBody))]
[JsonSerializable(typeof(DhanAlertAcknowledgement))]
[JsonSerializable(typeof(List<DhanConditionalTrigger>))]
[JsonSerializable(typeof(List<DhanHolding>))]
[JsonSerializable(typeof(List<DhanPosition>))]
[JsonSerializable(typeof(ConvertPositionBody))]
[JsonSerializable(typeof(DhanStatusResponse))]
[JsonSerializable(typeof(DhanFundLimit))]
[JsonSerializable(typeof(MarginBody))]
[JsonSerializable(typeof(MultiMarginBody))]
[JsonSerializable(typeof(DhanMargin))]
[JsonSerializable(typeof(MultiMarginAnswer))]
[JsonSerializable(typeof(List<DhanLedgerEntry>))]
[JsonSerializable(typeof(List<DhanTradeHistoryEntry>))]
[JsonSerializable(typeof(DhanKillSwitchStatus))]
[JsonSerializable(typeof(PnlExitBody))]
[JsonSerializable(typeof(DhanPnlExitResponse))]
[JsonSerializable(typeof(DhanPnlExitConfiguration))]
[JsonSerializable(typeof(DhanEdisTpinResponse))]
[JsonSerializable(typeof(EdisFormBody))]
[JsonSerializable(typeof(EdisBulkFormBody))]
[JsonSerializable(typeof(DhanEdisForm))]
[JsonSerializable(typeof(DhanEdisStatus))]
[JsonSerializable(typeof(SetIpBody))]
[JsonSerializable(typeof(DhanStaticIpSettings))]
[JsonSerializable(typeof(DhanProfile))]
[JsonSerializable(typeof(Dictionary<string, List<long>>))]
[JsonSerializable(typeof(DhanDataEnvelope<Dictionary<string, Dictionary<string, DhanLtp>>>))]
[JsonSerializable(typeof(DhanDataEnvelope<Dictionary<string, Dictionary<string, DhanOhlcQuote>>>))]
[JsonSerializable(typeof(DhanDataEnvelope<Dictionary<string, Dictionary<string, DhanFullQuote>>>))]
[JsonSerializable(typeof(ChartBody))]
[JsonSerializable(typeof(RollingOptionBody))]
[JsonSerializable(typeof(CandleColumns))]
[JsonSerializable(typeof(DhanDataEnvelope<RollingOptionData>))]
[JsonSerializable(typeof(OptionChainBody))]
[JsonSerializable(typeof(DhanDataEnvelope<OptionChainData>))]
[JsonSerializable(typeof(DhanDataEnvelope<List<DateOnly?>>))]
internal sealed partial class DhanJsonContext : JsonSerializerContext;
