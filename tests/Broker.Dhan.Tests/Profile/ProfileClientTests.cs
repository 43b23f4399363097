using Broker.Dhan.Tests.TestSupport;

namespace Broker.Dhan.Tests.Profile;

public sealed class ProfileClientTests : IDisposable
{
    private readonly DhanTestHost _host = new();

    [Fact]
    public async Task Get_sends_client_id_headers_and_parses_token_validity_as_ist()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "profile", """
            {"dhanClientId":"1100003626","tokenValidity":"30/03/2025 15:37","activeSegment":"Equity, Derivative, Currency, Commodity","ddpi":"Active",
             "mtf":"Active","dataPlan":"Active","dataValidity":"2024-12-05 09:37:52.0"}
            """);

        var profile = await _host.Client.Profile.GetProfileAsync();

        _host.AssertAuthenticatedHeaders(_host.Single);
        Assert.Equal(DhanTestHost.ClientId, _host.Single.Header("dhanClientId"));
        Assert.Equal("1100003626", profile.DhanClientId);
        Assert.Equal(new DateTimeOffset(2025, 3, 30, 15, 37, 0, TimeSpan.FromHours(5.5)), profile.TokenValidity);
        Assert.Equal("Equity, Derivative, Currency, Commodity", profile.ActiveSegment);
        Assert.Equal("Active", profile.Ddpi);
        Assert.Equal("Active", profile.Mtf);
        Assert.Equal("Active", profile.DataPlan);
        Assert.True(profile.HasDataPlan);
        Assert.Equal(new DateTimeOffset(2024, 12, 5, 9, 37, 52, TimeSpan.FromHours(5.5)), profile.DataValidity);
    }

    [Fact]
    public async Task Get_tolerates_missing_fields_as_in_the_sandbox()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "profile", """{"dhanClientId":"1100003626","tokenValidity":"30/03/2025 15:37","ddpi":"Deactive","dataPlan":"Deactive"}""");

        var profile = await _host.Client.Profile.GetProfileAsync();

        Assert.Null(profile.Mtf);
        Assert.Null(profile.DataValidity);
        Assert.False(profile.HasDataPlan);
    }

    public void Dispose() => _host.Dispose();
}
