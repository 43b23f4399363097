using System.Net;
using Broker.Dhan.Edis;
using Broker.Dhan.Tests.TestSupport;

namespace Broker.Dhan.Tests.Edis;

public sealed class EdisClientTests : IDisposable
{
    private readonly DhanTestHost _host = new();

    [Fact]
    public async Task GenerateTpin_accepts_202_without_body_and_is_not_retried()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "edis/tpin", null, HttpStatusCode.Accepted);

        var result = await _host.Client.Edis.GenerateTpinAsync();

        _host.AssertAuthenticatedHeaders(_host.Single);
        Assert.Null(result.EdisStatus);
    }

    [Fact]
    public async Task GenerateTpin_reads_a_body_when_sent()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "edis/tpin", """{"dhanClientId":"1000000001","edisStatus":"SUCCESS","remarks":"OTP sent"}""");

        var result = await _host.Client.Edis.GenerateTpinAsync();

        Assert.Equal(("1000000001", "SUCCESS", "OTP sent"), (result.DhanClientId, result.EdisStatus, result.Remarks));
    }

    [Fact]
    public async Task GetForm_posts_isin_quantity_exchange_segment_and_bulk()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "edis/form", """{"dhanClientId":"1000000401","edisFormHtml":"<form action=\"https://edis.cdslindia.com/eDIS/VerifyDIS/\"></form>"}""");

        var form = await _host.Client.Edis.GetFormAsync(new DhanEdisFormRequest { Isin = "INE733E01010", Quantity = 1, Exchange = DhanEdisExchange.Nse });

        _host.Single.AssertJson("""{"dhanClientId":"1000000001","isin":"INE733E01010","qty":1,"exchange":"NSE","segment":"EQ","bulk":false}""");
        Assert.Equal("1000000401", form.DhanClientId);
        Assert.StartsWith("<form action=", form.EdisFormHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBulkForm_posts_the_isin_list()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "edis/bulkform", """{"dhanClientId":"1000000401","edisFormHtml":"<form></form>"}""");

        await _host.Client.Edis.GetBulkFormAsync(["INE733E01010", "INE002A01018"], DhanEdisExchange.Bse);

        _host.Single.AssertJson("""{"dhanClientId":"1000000001","isin":["INE733E01010","INE002A01018"],"exchange":"BSE","segment":"EQ"}""");
    }

    [Fact]
    public async Task Inquire_reads_quantities_sent_as_text_or_numbers()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "edis/inquire/INE00IN01015",
            """{"clientId":"1000000401","isin":"INE00IN01015","totalQty":"10","aprvdQty":4,"status":"SUCCESS","remarks":"eDIS transaction done successfully"}""");

        var status = await _host.Client.Edis.InquireAsync("INE00IN01015");

        Assert.Equal(DhanTestHost.Api + "edis/inquire/INE00IN01015", _host.Single.Uri.ToString());
        Assert.Equal("1000000401", status.ClientId);
        Assert.Equal("INE00IN01015", status.Isin);
        Assert.Equal(10, status.TotalQuantity);
        Assert.Equal(4, status.ApprovedQuantity);
        Assert.Equal("SUCCESS", status.Status);
        Assert.Equal("eDIS transaction done successfully", status.Remarks);
    }

    public void Dispose() => _host.Dispose();
}
