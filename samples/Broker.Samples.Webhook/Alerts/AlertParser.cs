using System.Globalization;
using System.Text.Json;
using Broker.Samples.Webhook.Configuration;

namespace Broker.Samples.Webhook.Alerts;

/// <summary>
/// Reads an alert body (the JSON a TradingView alert sends; TradingView posts it as <c>text/plain</c>, so the content
/// type is not checked). Field names are case-insensitive and may be written snake_case or camelCase
/// (<c>order_type</c>, <c>orderType</c>). Numbers may be JSON numbers or strings, because TradingView placeholders
/// such as <c>"{{close}}"</c> are usually quoted. Every problem is reported with the field it concerns.
/// </summary>
internal static class AlertParser
{
    /// <summary>The largest quantity accepted.</summary>
    public const long MaxQuantity = 10_000_000;

    /// <summary>The longest client reference accepted.</summary>
    public const int MaxClientReferenceLength = 64;

    private const int MaxSymbolLength = 64;

    /// <summary>How deep objects and arrays may nest in an alert (its fields are flat values; 8 leaves room for extras).</summary>
    public const int MaxDepth = 8;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = MaxDepth,
    };

    /// <summary>Accepted spellings (lower case, without <c>_</c> or <c>-</c>) → schema field name.</summary>
    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.Ordinal)
    {
        ["secret"] = "secret",
        ["broker"] = "broker",
        ["symbol"] = "symbol",
        ["ticker"] = "symbol",
        ["securityid"] = "security_id",
        ["exchange"] = "exchange",
        ["segment"] = "segment",
        ["side"] = "side",
        ["action"] = "side",
        ["transactiontype"] = "side",
        ["quantity"] = "quantity",
        ["qty"] = "quantity",
        ["ordertype"] = "order_type",
        ["price"] = "price",
        ["triggerprice"] = "trigger_price",
        ["product"] = "product",
        ["producttype"] = "product",
        ["clientreference"] = "client_reference",
        ["reference"] = "client_reference",
    };

    /// <summary>Parses and validates an alert body.</summary>
    /// <param name="body">The request body as received.</param>
    /// <returns>The secret (if any), and the alert or the field errors.</returns>
    public static AlertParseResult Parse(ReadOnlyMemory<byte> body)
    {
        if (IsBlank(body.Span))
        {
            return new AlertParseResult { IsNotJson = true, Errors = [new FieldError("body", "is empty; send the alert as a JSON object (see the README for the fields).")] };
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException)
        {
            // Too deep, or not JSON: read it again without the depth limit, so that a caller who sent the right secret
            // learns which (a 400 naming the problem), instead of a 401 as if the secret were missing.
            return Diagnose(body.Span);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Failed(new FieldError("body", "must be a JSON object such as {\"secret\": \"...\", \"symbol\": \"RELIANCE\", ...}."));
            }

            return ParseObject(document.RootElement);
        }
    }

    private static AlertParseResult ParseObject(JsonElement root)
    {
        var errors = new List<FieldError>();
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (!FieldNames.TryGetValue(Normalize(property.Name), out var name))
            {
                continue;
            }

            if (!fields.TryAdd(name, property.Value))
            {
                errors.Add(new FieldError(name, "appears more than once."));
            }
        }

        var secret = fields.TryGetValue("secret", out var secretElement) && secretElement.ValueKind == JsonValueKind.String
            ? secretElement.GetString()
            : null;
        var reader = new FieldReader(fields, errors);

        var broker = reader.Choice("broker", required: false, ParseBroker, "Dhan or Groww");
        var clientReference = reader.Text("client_reference", MaxClientReferenceLength);
        var symbol = reader.Text("symbol", MaxSymbolLength);
        var securityId = reader.Text("security_id", MaxSymbolLength);
        var exchange = reader.Choice("exchange", required: false, ParseExchange, "NSE, BSE or MCX");
        if (symbol is not null && symbol.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
        {
            // TradingView's {{ticker}} can come as "NSE:RELIANCE".
            var prefix = ParseExchange(symbol[..colon]);
            if (prefix is null)
            {
                errors.Add(new FieldError("symbol", "has an exchange prefix other than NSE, BSE or MCX."));
            }
            else if (exchange is not null && exchange != prefix)
            {
                errors.Add(new FieldError("symbol", $"says exchange {prefix} but the exchange field says {exchange}."));
            }

            exchange ??= prefix;
            symbol = symbol[(colon + 1)..].Trim();
            if (symbol.Length == 0)
            {
                errors.Add(new FieldError("symbol", "has no symbol after the exchange prefix."));
                symbol = null;
            }
        }

        if (symbol is null && securityId is null && !fields.ContainsKey("symbol") && !fields.ContainsKey("security_id"))
        {
            errors.Add(new FieldError("symbol", "is required: give symbol (such as RELIANCE) or security_id."));
        }
        else if (symbol is not null && securityId is not null)
        {
            errors.Add(new FieldError("security_id", "give either symbol or security_id, not both."));
        }

        exchange ??= "NSE";
        var segment = reader.Choice("segment", required: false, ParseSegment, "CASH, FNO or COMMODITY")
            ?? (exchange == "MCX" ? AlertSegment.Commodity : AlertSegment.Cash);
        if (exchange == "MCX" && segment != AlertSegment.Commodity)
        {
            errors.Add(new FieldError("segment", "must be COMMODITY on MCX."));
        }
        else if (exchange == "BSE" && segment == AlertSegment.Commodity)
        {
            errors.Add(new FieldError("segment", "COMMODITY is not traded on BSE; use NSE or MCX."));
        }

        var side = reader.Choice("side", required: true, ParseSide, "BUY or SELL");
        var quantity = reader.Quantity("quantity");
        var orderType = reader.Choice("order_type", required: true, ParseOrderType, "MARKET, LIMIT, SL or SL_M");
        var product = reader.Choice("product", required: true, ParseProduct, "CNC (DELIVERY), MIS (INTRADAY) or NRML (MARGIN)");
        var price = reader.Price("price");
        var triggerPrice = reader.Price("trigger_price");
        CheckPrices(orderType, price, triggerPrice, fields, errors);

        var instrumentText = symbol ?? securityId;
        if (errors.Count > 0 || side is null || quantity is null || orderType is null || product is null)
        {
            return new AlertParseResult { Secret = secret, Errors = errors, ClientReference = clientReference, InstrumentText = instrumentText };
        }

        return new AlertParseResult
        {
            Secret = secret,
            ClientReference = clientReference,
            InstrumentText = instrumentText,
            Alert = new TradingAlert
            {
                Broker = broker,
                Symbol = symbol,
                SecurityId = securityId,
                Exchange = exchange,
                Segment = segment,
                Side = side.Value,
                Quantity = quantity.Value,
                OrderType = orderType.Value,
                Price = price,
                TriggerPrice = triggerPrice,
                Product = product.Value,
                ClientReference = clientReference,
            },
        };
    }

    private static void CheckPrices(AlertOrderType? orderType, decimal? price, decimal? triggerPrice, Dictionary<string, JsonElement> fields, List<FieldError> errors)
    {
        if (orderType is not { } type)
        {
            return;
        }

        var name = OrderTypeName(type);
        var needsPrice = type is AlertOrderType.Limit or AlertOrderType.StopLoss;
        var needsTrigger = type is AlertOrderType.StopLoss or AlertOrderType.StopLossMarket;
        if (needsPrice && price is null && !HasValue(fields, "price"))
        {
            errors.Add(new FieldError("price", $"is required for a {name} order."));
        }
        else if (!needsPrice && price is not null)
        {
            errors.Add(new FieldError("price", $"must be left out of a {name} order."));
        }

        if (needsTrigger && triggerPrice is null && !HasValue(fields, "trigger_price"))
        {
            errors.Add(new FieldError("trigger_price", $"is required for a {name} order."));
        }
        else if (!needsTrigger && triggerPrice is not null)
        {
            errors.Add(new FieldError("trigger_price", $"must be left out of a {name} order."));
        }
    }

    private static bool HasValue(Dictionary<string, JsonElement> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>The schema's spelling of an order type.</summary>
    /// <param name="type">The order type.</param>
    /// <returns><c>MARKET</c>, <c>LIMIT</c>, <c>SL</c> or <c>SL_M</c>.</returns>
    public static string OrderTypeName(AlertOrderType type) => type switch
    {
        AlertOrderType.Market => "MARKET",
        AlertOrderType.Limit => "LIMIT",
        AlertOrderType.StopLoss => "SL",
        _ => "SL_M",
    };

    private static AlertParseResult Failed(FieldError error) => new() { Errors = [error] };

    /// <summary>
    /// Reads a body the document parser refused with a forward-only reader (no recursion, so no depth limit is
    /// needed for safety; the body is already bounded in size): the top-level <c>secret</c> if one comes before any
    /// syntax error, and whether the problem is the nesting depth (naming the field) or the syntax (naming the position).
    /// The exception text is never used: it can quote the body.
    /// </summary>
    private static AlertParseResult Diagnose(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = body.Length + 1,
        });
        string? secret = null;
        string? topField = null;
        string? deepField = null;
        var deepest = 0;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                        topField = reader.GetString();
                        if (topField is not null && Normalize(topField) == "secret" && reader.Read() && reader.TokenType == JsonTokenType.String)
                        {
                            secret = reader.GetString();
                        }

                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray when reader.CurrentDepth + 1 > deepest:
                        deepest = reader.CurrentDepth + 1;
                        deepField ??= deepest > MaxDepth ? topField : null;
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $" (line {ex.LineNumber + 1 ?? 1}, byte {ex.BytePositionInLine + 1 ?? 1})");
            return new AlertParseResult { Secret = secret, IsNotJson = true, Errors = [new FieldError("body", $"is not valid JSON{where}.")] };
        }

        if (deepest > MaxDepth)
        {
            var field = deepField is null ? "body" : Normalize(deepField) is var normal && FieldNames.TryGetValue(normal, out var known) ? known : deepField;
            return new AlertParseResult
            {
                Secret = secret,
                Errors = [new FieldError(field, string.Create(CultureInfo.InvariantCulture, $"nests objects or arrays {deepest} levels deep; an alert may nest at most {MaxDepth} (its fields are plain values such as \"quantity\": 5)."))],
            };
        }

        return new AlertParseResult { Secret = secret, IsNotJson = true, Errors = [new FieldError("body", "is not valid JSON.")] };
    }

    private static bool IsBlank(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Normalize(string name)
    {
        Span<char> buffer = stackalloc char[Math.Min(name.Length, 64)];
        var length = 0;
        foreach (var c in name)
        {
            if (c is '_' or '-' or ' ')
            {
                continue;
            }

            if (length == buffer.Length)
            {
                return string.Empty;
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        return new string(buffer[..length]);
    }

    private static string Canonical(string value) => value.Trim().ToUpperInvariant().Replace('-', '_').Replace(' ', '_');

    private static WebhookBroker? ParseBroker(string value) => Canonical(value) switch
    {
        "DHAN" => WebhookBroker.Dhan,
        "GROWW" => WebhookBroker.Groww,
        _ => null,
    };

    private static string? ParseExchange(string value) => Canonical(value) switch
    {
        "NSE" => "NSE",
        "BSE" => "BSE",
        "MCX" => "MCX",
        _ => null,
    };

    private static AlertSegment? ParseSegment(string value) => Canonical(value) switch
    {
        "CASH" or "EQ" or "EQUITY" => AlertSegment.Cash,
        "FNO" or "FO" or "F&O" or "DERIVATIVES" => AlertSegment.Derivatives,
        "COMMODITY" or "COMM" => AlertSegment.Commodity,
        _ => null,
    };

    private static AlertSide? ParseSide(string value) => Canonical(value) switch
    {
        "BUY" => AlertSide.Buy,
        "SELL" => AlertSide.Sell,
        _ => null,
    };

    private static AlertOrderType? ParseOrderType(string value) => Canonical(value) switch
    {
        "MARKET" or "MKT" => AlertOrderType.Market,
        "LIMIT" or "LMT" => AlertOrderType.Limit,
        "SL" or "STOP_LOSS" or "STOPLOSS" or "SL_L" => AlertOrderType.StopLoss,
        "SL_M" or "SLM" or "STOP_LOSS_MARKET" => AlertOrderType.StopLossMarket,
        _ => null,
    };

    private static AlertProduct? ParseProduct(string value) => Canonical(value) switch
    {
        "CNC" or "DELIVERY" => AlertProduct.Delivery,
        "MIS" or "INTRADAY" => AlertProduct.Intraday,
        "NRML" or "MARGIN" => AlertProduct.Margin,
        _ => null,
    };

    /// <summary>Reads typed values out of the alert's fields, recording an error per bad field.</summary>
    private sealed class FieldReader(Dictionary<string, JsonElement> fields, List<FieldError> errors)
    {
        public string? Text(string name, int maxLength)
        {
            if (!fields.TryGetValue(name, out var element) || element.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            string? value = element.ValueKind switch
            {
                JsonValueKind.String => element.GetString()?.Trim(),
                JsonValueKind.Number => element.GetRawText(),
                _ => null,
            };
            if (value is null)
            {
                errors.Add(new FieldError(name, "must be text."));
                return null;
            }

            if (value.Length == 0)
            {
                errors.Add(new FieldError(name, "must not be empty."));
                return null;
            }

            if (value.Length > maxLength)
            {
                errors.Add(new FieldError(name, string.Create(CultureInfo.InvariantCulture, $"must be at most {maxLength} characters.")));
                return null;
            }

            foreach (var c in value)
            {
                if (char.IsControl(c))
                {
                    errors.Add(new FieldError(name, "must not contain control characters."));
                    return null;
                }
            }

            return value;
        }

        public T? Choice<T>(string name, bool required, Func<string, T?> parse, string expected)
            where T : struct
        {
            if (!fields.TryGetValue(name, out var element) || element.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    errors.Add(new FieldError(name, $"is required: {expected}."));
                }

                return null;
            }

            if (element.ValueKind != JsonValueKind.String)
            {
                errors.Add(new FieldError(name, $"must be text: {expected}."));
                return null;
            }

            var parsed = parse(element.GetString() ?? string.Empty);
            if (parsed is null)
            {
                errors.Add(new FieldError(name, $"must be {expected}."));
            }

            return parsed;
        }

        public string? Choice(string name, bool required, Func<string, string?> parse, string expected)
        {
            if (!fields.TryGetValue(name, out var element) || element.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    errors.Add(new FieldError(name, $"is required: {expected}."));
                }

                return null;
            }

            var parsed = element.ValueKind == JsonValueKind.String ? parse(element.GetString() ?? string.Empty) : null;
            if (parsed is null)
            {
                errors.Add(new FieldError(name, $"must be {expected}."));
            }

            return parsed;
        }

        public long? Quantity(string name)
        {
            if (!fields.TryGetValue(name, out var element) || element.ValueKind == JsonValueKind.Null)
            {
                errors.Add(new FieldError(name, "is required: a whole number of units greater than 0."));
                return null;
            }

            if (!TryReadDecimal(element, out var value) || value != decimal.Truncate(value) || value <= 0 || value > MaxQuantity)
            {
                errors.Add(new FieldError(name, string.Create(CultureInfo.InvariantCulture, $"must be a whole number from 1 to {MaxQuantity}.")));
                return null;
            }

            return (long)value;
        }

        public decimal? Price(string name)
        {
            if (!fields.TryGetValue(name, out var element) || element.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (!TryReadDecimal(element, out var value) || value <= 0 || value > 100_000_000m)
            {
                errors.Add(new FieldError(name, "must be a price in rupees greater than 0, such as 2450.5."));
                return null;
            }

            return value;
        }

        private static bool TryReadDecimal(JsonElement element, out decimal value)
        {
            value = 0;
            return element.ValueKind switch
            {
                JsonValueKind.Number => element.TryGetDecimal(out value),
                JsonValueKind.String => decimal.TryParse(
                    element.GetString(),
                    NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
                    CultureInfo.InvariantCulture,
                    out value),
                _ => false,
            };
        }
    }
}
