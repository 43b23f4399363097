using System.Globalization;
using System.Text.Json;
using Broker.Dhan.Orders;
using Broker.Time;

namespace Broker.Dhan.Feeds;

/// <summary>
/// Reads order-update messages. Dhan's messages may carry the same key twice in different cases (<c>Remarks</c>/<c>remarks</c>),
/// so fields are looked up by name on a <see cref="JsonDocument"/> (exact case first) rather than bound to a class.
/// </summary>
internal static class DhanOrderUpdateReader
{
    /// <summary>Reads one text message.</summary>
    /// <param name="json">The UTF-8 message.</param>
    /// <returns>A <see cref="DhanOrderUpdate"/> for an <c>order_alert</c>, otherwise a <see cref="DhanUnknownMessage"/> (never throws on bad input).</returns>
    public static DhanFeedEvent Read(ReadOnlySpan<byte> json)
    {
        var text = System.Text.Encoding.UTF8.GetString(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return new DhanUnknownMessage(null, text);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new DhanUnknownMessage(null, text);
            }

            var type = String(root, "Type");
            if (!string.Equals(type, "order_alert", StringComparison.OrdinalIgnoreCase)
                || !TryGet(root, "Data", out var data) || data.ValueKind != JsonValueKind.Object)
            {
                return new DhanUnknownMessage(type, text);
            }

            var rawStatus = String(data, "Status");
            return new DhanOrderUpdate
            {
                OrderId = String(data, "OrderNo"),
                ExchangeOrderId = String(data, "ExchOrderNo"),
                CorrelationId = String(data, "CorrelationId"),
                ClientId = String(data, "ClientId"),
                Exchange = String(data, "Exchange"),
                Segment = String(data, "Segment"),
                SecurityId = String(data, "SecurityId"),
                Status = MapStatus(rawStatus),
                RawStatus = rawStatus,
                TransactionType = MapTransactionType(String(data, "TxnType")),
                ProductType = MapProduct(String(data, "Product")),
                OrderType = MapOrderType(String(data, "OrderType")),
                Validity = new DhanValidity((String(data, "Validity") ?? string.Empty).ToUpperInvariant()),
                Quantity = Int64(data, "Quantity"),
                RemainingQuantity = Int64(data, "RemainingQuantity"),
                TradedQuantity = Int64(data, "TradedQty"),
                DisclosedQuantity = Int64(data, "DiscQuantity"),
                Price = Decimal(data, "Price") ?? 0m,
                TriggerPrice = Decimal(data, "TriggerPrice") ?? 0m,
                TradedPrice = Decimal(data, "TradedPrice") ?? 0m,
                AverageTradedPrice = Decimal(data, "AvgTradedPrice") ?? 0m,
                AfterMarketOrder = String(data, "OffMktFlag") == "1",
                LegNumber = TryGet(data, "LegNo", out _) ? (int)Int64(data, "LegNo") : null,
                ReasonDescription = String(data, "ReasonDescription"),
                Remarks = String(data, "Remarks"),
                Symbol = String(data, "Symbol"),
                DisplayName = String(data, "DisplayName"),
                InstrumentType = String(data, "Instrument"),
                OptionType = String(data, "OptType"),
                StrikePrice = Decimal(data, "StrikePrice"),
                LotSize = Int64(data, "LotSize"),
                OrderTime = Time(data, "OrderDateTime"),
                ExchangeTime = Time(data, "ExchOrderTime"),
                LastUpdatedTime = Time(data, "LastUpdatedTime"),
                RawJson = text,
            };
        }
    }

    /// <summary>Maps the socket's status text to the REST status (<c>"Cancelled"</c> → <c>CANCELLED</c>, <c>"Part Traded"</c> → <c>PART_TRADED</c>).</summary>
    /// <param name="status">The status as sent.</param>
    /// <returns>The status.</returns>
    public static DhanOrderStatus MapStatus(string? status) =>
        new((status ?? string.Empty).Trim().Replace(' ', '_').ToUpperInvariant());

    /// <summary>Maps <c>TxnType</c> (<c>B</c>/<c>S</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The transaction type; unknown codes are kept as sent.</returns>
    public static DhanTransactionType MapTransactionType(string? code) => code switch
    {
        "B" or "BUY" => DhanTransactionType.Buy,
        "S" or "SELL" => DhanTransactionType.Sell,
        _ => new DhanTransactionType(code ?? string.Empty),
    };

    /// <summary>Maps <c>Product</c> (<c>C</c> CNC, <c>I</c> INTRADAY, <c>M</c> MARGIN, <c>F</c> MTF, <c>V</c> CO, <c>B</c> BO).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The product type; unknown codes are kept as sent.</returns>
    public static DhanProductType MapProduct(string? code) => code switch
    {
        "C" => DhanProductType.Cnc,
        "I" => DhanProductType.Intraday,
        "M" => DhanProductType.Margin,
        "F" => DhanProductType.Mtf,
        "V" => DhanProductType.CoverOrder,
        "B" => DhanProductType.BracketOrder,
        _ => new DhanProductType(code ?? string.Empty),
    };

    /// <summary>Maps <c>OrderType</c> (<c>LMT</c>, <c>MKT</c>, <c>SL</c>, <c>SLM</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The order type; unknown codes are kept as sent.</returns>
    public static DhanOrderType MapOrderType(string? code) => code switch
    {
        "LMT" => DhanOrderType.Limit,
        "MKT" => DhanOrderType.Market,
        "SL" => DhanOrderType.StopLoss,
        "SLM" => DhanOrderType.StopLossMarket,
        _ => new DhanOrderType(code ?? string.Empty),
    };

    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        if (element.TryGetProperty(name, out value))
        {
            return true;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        return false;
    }

    private static string? String(JsonElement element, string name)
    {
        if (!TryGet(element, name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    private static decimal? Decimal(JsonElement element, string name)
    {
        if (!TryGet(element, name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }

        return value.ValueKind == JsonValueKind.String
            && decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    private static long Int64(JsonElement element, string name)
    {
        var value = Decimal(element, name);
        return value is { } v && v >= long.MinValue && v <= long.MaxValue ? (long)v : 0;
    }

    private static DateTimeOffset? Time(JsonElement element, string name) =>
        IndianTime.TryParse(String(element, name), out var value) && value != DateTimeOffset.MinValue ? value : null;
}
