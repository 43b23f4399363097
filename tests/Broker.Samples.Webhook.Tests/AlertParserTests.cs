using System.Text;
using Broker.Samples.Webhook.Alerts;

namespace Broker.Samples.Webhook.Tests;

public sealed class AlertParserTests
{
    private static AlertParseResult Parse(string json) => AlertParser.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Camel_case_names_and_quoted_numbers_from_TradingView_placeholders_are_accepted()
    {
        var result = Parse("""{"secret":"s","symbol":"INFY","side":"sell","quantity":"5","orderType":"limit","price":"1520.45","product":"intraday","clientReference":"abc"}""");

        var alert = Assert.IsType<TradingAlert>(result.Alert);
        Assert.Equal(AlertSide.Sell, alert.Side);
        Assert.Equal(5, alert.Quantity);
        Assert.Equal(AlertOrderType.Limit, alert.OrderType);
        Assert.Equal(1520.45m, alert.Price);
        Assert.Equal(AlertProduct.Intraday, alert.Product);
        Assert.Equal("abc", alert.ClientReference);
        Assert.Equal("s", result.Secret);
    }

    [Fact]
    public void Exchange_prefix_in_the_symbol_sets_the_exchange()
    {
        var alert = Parse("""{"symbol":"BSE:TCS","side":"BUY","quantity":1,"order_type":"MARKET","product":"CNC"}""").Alert!;

        Assert.Equal("BSE", alert.Exchange);
        Assert.Equal("TCS", alert.Symbol);
    }

    [Fact]
    public void Every_bad_field_is_reported_by_name()
    {
        var result = Parse("""{"symbol":"TCS","side":"HOLD","quantity":1.5,"order_type":"SL","product":"CNC","trigger_price":-1}""");

        Assert.Null(result.Alert);
        Assert.Equal(["price", "quantity", "side", "trigger_price"], result.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Market_order_with_a_price_is_refused_naming_price()
    {
        var result = Parse("""{"symbol":"TCS","side":"BUY","quantity":1,"order_type":"MARKET","product":"CNC","price":3100}""");

        Assert.Equal("price", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Symbol_and_security_id_together_are_refused()
    {
        var result = Parse("""{"symbol":"TCS","security_id":"11536","side":"BUY","quantity":1,"order_type":"MARKET","product":"CNC"}""");

        Assert.Equal("security_id", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Repeated_field_is_refused()
    {
        var result = Parse("""{"symbol":"TCS","side":"BUY","side":"SELL","quantity":1,"order_type":"MARKET","product":"CNC"}""");

        Assert.Equal("side", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Secret_is_read_even_when_the_alert_is_invalid()
    {
        var result = Parse("""{"secret":"abc","quantity":0}""");

        Assert.Equal("abc", result.Secret);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public void Json_array_is_refused_naming_the_body()
    {
        Assert.Equal("body", Assert.Single(Parse("[1,2]").Errors).Field);
    }
}
