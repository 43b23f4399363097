using System.Net;
using Broker.Dhan.Tests.TestSupport;
using Broker.Errors;

namespace Broker.Dhan.Tests.Errors;

/// <summary>Every error shape Dhan sends becomes a typed exception with status, code and message.</summary>
public sealed class ErrorShapeTests : IDisposable
{
    private readonly DhanTestHost _host = new(o => o.Retry.MaxRetryAttempts = 0);

    private async Task<BrokerApiException> FundLimitFailsWith(HttpStatusCode status, string? body, string mediaType = "application/json")
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "fundlimit", body, status, mediaType);
        return await Assert.ThrowsAnyAsync<BrokerApiException>(() => _host.Client.Funds.GetFundLimitAsync());
    }

    [Fact]
    public async Task Trading_envelope_carries_type_code_and_message()
    {
        var ex = await FundLimitFailsWith(HttpStatusCode.BadRequest, """{"errorType":"Input_Exception","errorCode":"DH-905","errorMessage":"Missing required fields, bad values for parameters etc."}""");

        Assert.Equal(400, ex.StatusCode);
        Assert.Equal("DH-905", ex.BrokerErrorCode);
        Assert.Equal("Input_Exception", ex.BrokerErrorType);
        Assert.Equal("Missing required fields, bad values for parameters etc.", ex.BrokerMessage);
        Assert.Equal(ErrorCategory.InvalidRequest, ex.Category);
        Assert.Equal("Dhan", ex.Broker);
        Assert.Equal("funds.limit", ex.Endpoint);
        Assert.Contains("DH-905", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_envelope_reported_with_200_is_an_error()
    {
        var ex = await FundLimitFailsWith(HttpStatusCode.OK, """{"data":{"806":"Data APIs not subscribed"},"status":"failed"}""");

        Assert.Equal(200, ex.StatusCode);
        Assert.Equal("806", ex.BrokerErrorCode);
        Assert.Equal("Data APIs not subscribed", ex.BrokerMessage);
        Assert.Equal(ErrorCategory.Authorization, ex.Category);
    }

    [Fact]
    public async Task Data_envelope_without_status_is_an_error()
    {
        var ex = await FundLimitFailsWith(HttpStatusCode.BadRequest, """{"data":{"813":"Invalid SecurityId"}}""");

        Assert.Equal("813", ex.BrokerErrorCode);
        Assert.Equal(ErrorCategory.InvalidRequest, ex.Category);
    }

    [Fact]
    public async Task DH904_with_429_is_a_rate_limit_error()
    {
        var ex = await FundLimitFailsWith(HttpStatusCode.TooManyRequests,
            """{"errorType":"Rate_Limit","errorCode":"DH-904","errorMessage":"Too many requests on server from single user breaching rate limits. Try throttling API calls."}""");

        var rateLimit = Assert.IsType<BrokerRateLimitException>(ex);
        Assert.Equal("DH-904", rateLimit.BrokerErrorCode);
        Assert.Equal("NonTrading", rateLimit.RateLimitCategory);
        Assert.True(rateLimit.IsTransient);
    }

    [Fact]
    public async Task Data_805_is_a_rate_limit_error()
    {
        var ex = await FundLimitFailsWith(HttpStatusCode.TooManyRequests, """{"data":{"805":"Too many requests. Further requests may result in the user being blocked."},"status":"failed"}""");

        Assert.IsType<BrokerRateLimitException>(ex);
        Assert.Equal("805", ex.BrokerErrorCode);
    }

    [Fact]
    public async Task Html_error_page_is_a_server_error_with_a_snippet()
    {
        var ex = await FundLimitFailsWith(HttpStatusCode.BadGateway, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", "text/html");

        Assert.Equal(502, ex.StatusCode);
        Assert.Equal(ErrorCategory.Server, ex.Category);
        Assert.True(ex.IsTransient);
        Assert.Contains("502 Bad Gateway", ex.ResponseSnippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_with_200_is_an_invalid_response()
    {
        var ex = await FundLimitFailsWith(HttpStatusCode.OK, "<html><body>maintenance</body></html>", "text/html");

        Assert.Equal(ErrorCategory.InvalidResponse, ex.Category);
        Assert.Equal(200, ex.StatusCode);
    }

    [Fact]
    public async Task Malformed_json_with_200_is_an_invalid_response()
    {
        var ex = await FundLimitFailsWith(HttpStatusCode.OK, """{"availabelBalance": 12,""");

        Assert.Equal(ErrorCategory.InvalidResponse, ex.Category);
    }

    [Fact]
    public async Task Gateway_not_found_shape_is_not_found()
    {
        var ex = await FundLimitFailsWith(HttpStatusCode.NotFound, """{"timestamp":"2026-09-08T10:00:00.000+00:00","status":404,"error":"Not Found","path":"/v2/fundlimit"}""");

        Assert.Equal(ErrorCategory.NotFound, ex.Category);
        Assert.Equal("Not Found (/v2/fundlimit)", ex.BrokerMessage);
    }

    [Fact]
    public async Task Internal_error_DH908_is_transient_server_error()
    {
        var ex = await FundLimitFailsWith(HttpStatusCode.InternalServerError, """{"errorType":"Internal_Server_Error","errorCode":"DH-908","errorMessage":"Server was not able to process API request."}""");

        Assert.Equal(ErrorCategory.Server, ex.Category);
        Assert.True(ex.IsTransient);
    }

    [Fact]
    public async Task Invalid_ip_is_an_authorization_error()
    {
        var ex = await FundLimitFailsWith(HttpStatusCode.BadRequest, """{"errorType":"Input_Exception","errorCode":"DH-905","errorMessage":"Invalid IP"}""");

        Assert.Equal(ErrorCategory.Authorization, ex.Category);
    }

    [Fact]
    public async Task Portal_documented_shape_is_read_too()
    {
        var ex = await FundLimitFailsWith(HttpStatusCode.BadRequest, """{"status":"failure","errorType":"VALIDATION_ERROR","errorCode":"E001","errorMessage":"quantity is required"}""");

        Assert.Equal("E001", ex.BrokerErrorCode);
        Assert.Equal("VALIDATION_ERROR", ex.BrokerErrorType);
        Assert.Equal("quantity is required", ex.BrokerMessage);
    }

    [Fact]
    public async Task Empty_error_body_is_classified_by_status()
    {
        var ex = await FundLimitFailsWith(HttpStatusCode.Forbidden, null);

        Assert.Equal(403, ex.StatusCode);
        Assert.Equal(ErrorCategory.Authorization, ex.Category);
    }

    [Fact]
    public async Task Error_status_in_a_200_body_is_an_error()
    {
        var ex = await FundLimitFailsWith(HttpStatusCode.OK, """{"status":"ERROR","message":"Something went wrong"}""");

        Assert.Equal("Something went wrong", ex.BrokerMessage);
    }

    [Fact]
    public async Task Reads_are_retried_on_503_and_succeed()
    {
        using var host = new DhanTestHost(o => o.Retry.MaxRetryAttempts = 2);
        host.RespondInTurn(HttpMethod.Get, DhanTestHost.Api + "fundlimit",
            (HttpStatusCode.ServiceUnavailable, null),
            (HttpStatusCode.OK, """{"availabelBalance":5}"""));

        var funds = await host.Client.Funds.GetFundLimitAsync();

        Assert.Equal(5m, funds.AvailableBalance);
        Assert.Equal(2, host.Requests.Count);
    }

    public void Dispose() => _host.Dispose();
}
