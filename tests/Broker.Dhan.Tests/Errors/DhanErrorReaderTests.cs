using System.Net;
using System.Text;
using Broker.Dhan.Errors;
using Broker.Errors;
using Broker.Http;

namespace Broker.Dhan.Tests.Errors;

public sealed class DhanErrorReaderTests
{
    private static BrokerErrorInfo? Read(HttpStatusCode status, string body) =>
        new DhanErrorReader().ReadError(new BrokerRawResponse(status, "application/json", Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData("""{"orderId":"1","orderStatus":"TRANSIT"}""")]
    [InlineData("""{"data":{"NSE_EQ":{"11536":{"last_price":1}}},"status":"success"}""")]
    [InlineData("""{"status":"SUCCESS","message":"IP saved successfully"}""")]
    [InlineData("""[{"orderId":"1","orderStatus":"TRANSIT"}]""")]
    [InlineData("[]")]
    [InlineData("""{"orderId":"1","errorCode":"","errorMessage":""}""")]
    [InlineData("""{"data":["2024-10-17"],"status":"success"}""")]
    public void Successful_shapes_are_not_errors(string body) => Assert.Null(Read(HttpStatusCode.OK, body));

    [Fact]
    public void DH906_invalid_token_is_an_authentication_error()
    {
        var error = Read(HttpStatusCode.BadRequest, """{"errorType":"Order_Error","errorCode":"DH-906","errorMessage":"Invalid Token"}""");

        Assert.Equal(ErrorCategory.Authentication, error!.Category);
    }

    [Fact]
    public void DH906_for_an_order_is_an_order_rejection()
    {
        var error = Read(HttpStatusCode.BadRequest, """{"errorType":"Order_Error","errorCode":"DH-906","errorMessage":"Nothing to Cancel . "}""");

        Assert.Equal(ErrorCategory.OrderRejected, error!.Category);
    }

    [Theory]
    [InlineData("807")]
    [InlineData("808")]
    [InlineData("809")]
    [InlineData("810")]
    public void Data_token_codes_are_authentication_errors(string code)
    {
        var error = Read(HttpStatusCode.OK, $$"""{"data":{"{{code}}":"token problem"},"status":"failed"}""");

        Assert.Equal(ErrorCategory.Authentication, error!.Category);
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Legacy_gateway_envelope_uses_the_internal_message()
    {
        var error = Read(HttpStatusCode.Unauthorized, """{"errorCode":"UNAUTHORIZED","httpStatus":"UNAUTHORIZED","internalErrorCode":"RS-9005","internalErrorMessage":"The token was expected to have 3 parts, but got 1."}""");

        Assert.Equal(ErrorCategory.Authentication, error!.Category);
        Assert.Equal("RS-9005", error.ErrorType);
        Assert.Equal("The token was expected to have 3 parts, but got 1.", error.Message);
    }

    [Fact]
    public void Every_documented_code_is_in_the_table()
    {
        string[] documented = ["DH-901", "DH-902", "DH-903", "DH-904", "DH-905", "DH-906", "DH-907", "DH-908", "DH-909", "DH-910", "800", "804", "805", "806", "807", "808", "809", "810", "811", "812", "813", "814"];

        Assert.All(documented, code => Assert.True(DhanErrorCodes.Table.TryGet(code, out _), code));
    }
}
