using System.Net;
using Broker.Dhan.Tests.TestSupport;
using Broker.Errors;

namespace Broker.Dhan.Tests.Authentication;

/// <summary>Every "token expired" signal Dhan is known to send makes the SDK mint once and resend once.</summary>
public sealed class RenewalSignalTests : IDisposable
{
    private const string MintUrl = DhanTestHost.Auth + "app/generateAccessToken*";
    private readonly DhanTestHost _host = new(o =>
    {
        o.AccessToken = null;
        o.Pin = Secrets.Pin;
        o.TotpSecret = Secrets.TotpSecret;
    });

    public static TheoryData<int, string> Signals => new()
    {
        { 401, """{"errorType":"Invalid_Authentication","errorCode":"DH-901","errorMessage":"Client ID or user generated access token is invalid or expired."}""" },
        { 400, """{"errorType":"Order_Error","errorCode":"DH-906","errorMessage":"Invalid Token"}""" },
        { 401, """{"data":{"808":"Authentication Failed - Client ID or Token invalid"},"status":"failed"}""" },
        { 200, """{"data":{"807":"Access token expired"},"status":"failed"}""" },
        { 400, """{"data":{"809":"Access token is invalid"},"status":"failed"}""" },
        { 400, """{"data":{"810":"Client ID is invalid"},"status":"failed"}""" },
        { 401, "" },
        { 401, """{"errorCode":"UNAUTHORIZED","httpStatus":"UNAUTHORIZED","internalErrorCode":"RS-9005","internalErrorMessage":"The token was expected to have 3 parts, but got 1."}""" },
    };

    [Theory]
    [MemberData(nameof(Signals))]
    public async Task Signal_renews_the_token_once_and_resends_the_request(int status, string body)
    {
        _host.RespondInTurn(HttpMethod.Post, MintUrl,
            (HttpStatusCode.OK, """{"accessToken":"token-A","expiryTime":"2026-11-24T09:15:00"}"""),
            (HttpStatusCode.OK, """{"accessToken":"token-B","expiryTime":"2026-11-24T09:16:00"}"""));
        _host.RespondInTurn(HttpMethod.Get, DhanTestHost.Api + "fundlimit",
            (HttpStatusCode.OK, """{"availabelBalance":1}"""),
            ((HttpStatusCode)status, body),
            (HttpStatusCode.OK, """{"availabelBalance":2}"""));
        await _host.Client.Funds.GetFundLimitAsync();
        _host.Time.Advance(TimeSpan.FromMinutes(1));

        var funds = await _host.Client.Funds.GetFundLimitAsync();

        Assert.Equal(2m, funds.AvailableBalance);
        Assert.Equal(2, _host.Client.Tokens.MintCount);
        var apiCalls = _host.Requests.Where(r => r.Uri.Host == "api.dhan.co").Select(r => r.Header("access-token")).ToList();
        Assert.Equal(["token-A", "token-A", "token-B"], apiCalls);
    }

    [Fact]
    public async Task An_order_error_that_is_not_about_the_token_does_not_renew()
    {
        _host.Respond(HttpMethod.Post, MintUrl, """{"accessToken":"token-A","expiryTime":"2026-11-24T09:15:00"}""");
        _host.Respond(HttpMethod.Delete, DhanTestHost.Api + "orders/1", """{"errorType":"Order_Error","errorCode":"DH-906","errorMessage":"Order is in Transit state"}""", HttpStatusCode.BadRequest);

        var ex = await Assert.ThrowsAsync<OrderRejectedException>(() => _host.Client.Orders.CancelOrderAsync("1"));

        Assert.Equal("DH-906", ex.BrokerErrorCode);
        Assert.Equal(1, _host.Client.Tokens.MintCount);
    }

    [Fact]
    public async Task A_token_rejected_again_after_renewal_raises_an_authentication_error()
    {
        _host.RespondInTurn(HttpMethod.Post, MintUrl,
            (HttpStatusCode.OK, """{"accessToken":"token-A","expiryTime":"2026-11-24T09:15:00"}"""),
            (HttpStatusCode.OK, """{"accessToken":"token-B","expiryTime":"2026-11-24T09:15:00"}"""));
        _host.RespondInTurn(HttpMethod.Get, DhanTestHost.Api + "profile",
            (HttpStatusCode.OK, "{}"),
            (HttpStatusCode.Unauthorized, """{"errorType":"Invalid_Authentication","errorCode":"DH-901","errorMessage":"expired"}"""));
        await _host.Client.Profile.GetProfileAsync();
        _host.Time.Advance(TimeSpan.FromMinutes(1));

        var ex = await Assert.ThrowsAsync<BrokerAuthenticationException>(() => _host.Client.Profile.GetProfileAsync());

        Assert.Equal("DH-901", ex.BrokerErrorCode);
        Assert.Equal(2, _host.Client.Tokens.MintCount);
    }

    [Fact]
    public async Task An_order_rejected_for_its_token_is_resent_once_with_the_new_token()
    {
        _host.RespondInTurn(HttpMethod.Post, MintUrl,
            (HttpStatusCode.OK, """{"accessToken":"token-A","expiryTime":"2026-11-24T09:15:00"}"""),
            (HttpStatusCode.OK, """{"accessToken":"token-B","expiryTime":"2026-11-24T09:15:00"}"""));
        _host.RespondInTurn(HttpMethod.Post, DhanTestHost.Api + "orders",
            (HttpStatusCode.BadRequest, """{"errorType":"Order_Error","errorCode":"DH-906","errorMessage":"Invalid Token"}"""),
            (HttpStatusCode.OK, """{"orderId":"5","orderStatus":"TRANSIT"}"""));
        await _host.Client.Tokens.GetTokenAsync();
        _host.Time.Advance(TimeSpan.FromMinutes(1));

        var placement = await _host.Client.Orders.PlaceOrderAsync(new Broker.Dhan.Orders.DhanPlaceOrderRequest
        {
            SecurityId = "1333",
            ExchangeSegment = DhanExchangeSegment.NseEquity,
            TransactionType = DhanTransactionType.Buy,
            Quantity = 1,
            OrderType = DhanOrderType.Market,
            ProductType = DhanProductType.Intraday,
            CorrelationId = "renew-1",
        });

        Assert.Equal("5", placement.OrderId);
        var orders = _host.Requests.Where(r => r.Uri.AbsolutePath == "/v2/orders").ToList();
        Assert.Equal(2, orders.Count);
        Assert.Equal(orders[0].Body, orders[1].Body);
        Assert.Equal("token-B", orders[1].Header("access-token"));
    }

    public void Dispose() => _host.Dispose();
}
