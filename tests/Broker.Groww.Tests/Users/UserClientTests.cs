using Broker.Groww.Tests.Infrastructure;

namespace Broker.Groww.Tests.Users;

public sealed class UserClientTests : IDisposable
{
    private readonly GrowwFixture _groww = GrowwFixture.Create();

    public void Dispose() => _groww.Dispose();

    [Fact]
    public async Task GetProfileAsync_parses_the_profile()
    {
        _groww.ExpectSuccess(HttpMethod.Get, "/v1/user/detail", """
            {"vendor_user_id":"d2c5e1a4-7b1f-4c0e-9f55-2a8b3c4d5e6f","ucc":"1234567890","nse_enabled":true,"bse_enabled":false,"ddpi_enabled":true,
             "active_segments":["CASH","FNO","COMMODITY"]}
            """);

        var profile = await _groww.Client.User.GetProfileAsync();

        Assert.Equal("/v1/user/detail", _groww.Requests[0].PathAndQuery);
        _groww.Requests[0].AssertStandardHeaders();
        Assert.Equal("d2c5e1a4-7b1f-4c0e-9f55-2a8b3c4d5e6f", profile.VendorUserId);
        Assert.Equal("1234567890", profile.Ucc);
        Assert.True(profile.NseEnabled);
        Assert.False(profile.BseEnabled);
        Assert.True(profile.DdpiEnabled);
        Assert.Equal([GrowwSegment.Cash, GrowwSegment.Fno, GrowwSegment.Commodity], profile.ActiveSegments);
    }
}
