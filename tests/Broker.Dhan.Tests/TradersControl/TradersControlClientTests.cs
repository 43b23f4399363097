using Broker.Dhan.Tests.TestSupport;
using Broker.Dhan.TradersControl;
using Broker.Errors;

namespace Broker.Dhan.Tests.TradersControl;

public sealed class TradersControlClientTests : IDisposable
{
    private readonly DhanTestHost _host = new();

    [Fact]
    public async Task ActivateKillSwitch_posts_the_status_as_query_parameter()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "killswitch*", """{"dhanClientId":"1000000009","killSwitchStatus":"Kill Switch has been successfully activated"}""");

        var result = await _host.Client.TradersControl.ActivateKillSwitchAsync();

        Assert.Equal(DhanTestHost.Api + "killswitch?killSwitchStatus=ACTIVATE", _host.Single.Uri.ToString());
        Assert.Equal(string.Empty, _host.Single.Body);
        _host.AssertAuthenticatedHeaders(_host.Single);
        Assert.Equal("1000000009", result.DhanClientId);
        Assert.True(result.IsActive);
    }

    [Fact]
    public async Task DeactivateKillSwitch_posts_deactivate()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "killswitch*", """{"dhanClientId":"1000000009","killSwitchStatus":"Kill Switch has been successfully deactivated"}""");

        var result = await _host.Client.TradersControl.DeactivateKillSwitchAsync();

        Assert.Equal(DhanTestHost.Api + "killswitch?killSwitchStatus=DEACTIVATE", _host.Single.Uri.ToString());
        Assert.False(result.IsActive);
    }

    [Fact]
    public async Task GetKillSwitchStatus_reads_the_status_word()
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "killswitch", """{"dhanClientId":"1000000009","killSwitchStatus":"ACTIVATE"}""");

        var result = await _host.Client.TradersControl.GetKillSwitchStatusAsync();

        Assert.Equal(HttpMethod.Get, _host.Single.Method);
        Assert.Equal("ACTIVATE", result.KillSwitchStatus);
        Assert.True(result.IsActive);
    }

    [Fact]
    public async Task SetPnlExit_posts_amounts_products_and_kill_switch_flag()
    {
        _host.Respond(HttpMethod.Post, DhanTestHost.Api + "pnlExit", """{"pnlExitStatus":"ACTIVE","message":"P&L based exit configured successfully"}""");

        var result = await _host.Client.TradersControl.SetPnlExitAsync(new DhanPnlExitRequest
        {
            ProfitValue = 1500m,
            LossValue = 500m,
            ProductTypes = [DhanPnlExitProductType.Intraday, DhanPnlExitProductType.Delivery],
            EnableKillSwitch = true,
        });

        _host.Single.AssertJson("""
            {"dhanClientId":"1000000001","profitValue":1500,"lossValue":500,"productType":["INTRADAY","DELIVERY"],"enableKillSwitch":true}
            """);
        Assert.Equal(DhanPnlExitStatus.Active, result.PnlExitStatus);
        Assert.Equal("P&L based exit configured successfully", result.Message);
    }

    [Fact]
    public async Task SetPnlExit_without_product_types_is_refused()
    {
        var ex = await Assert.ThrowsAsync<BrokerValidationException>(() => _host.Client.TradersControl.SetPnlExitAsync(new DhanPnlExitRequest
        {
            ProfitValue = 1500m,
            LossValue = 500m,
            ProductTypes = [],
        }));
        Assert.Equal("ProductTypes", ex.ParameterName);
    }

    [Fact]
    public async Task StopPnlExit_deletes_and_reads_disabled()
    {
        _host.Respond(HttpMethod.Delete, DhanTestHost.Api + "pnlExit", """{"pnlExitStatus":"DISABLED","message":"P&L based exit stopped successfully"}""");

        var result = await _host.Client.TradersControl.StopPnlExitAsync();

        Assert.Equal(HttpMethod.Delete, _host.Single.Method);
        Assert.Equal(DhanPnlExitStatus.Disabled, result.PnlExitStatus);
    }

    [Theory]
    [InlineData("enable_kill_switch")]
    [InlineData("enableKillSwitch")]
    public async Task GetPnlExit_reads_string_amounts_and_either_kill_switch_key(string key)
    {
        _host.Respond(HttpMethod.Get, DhanTestHost.Api + "pnlExit",
            $$"""{"pnlExitStatus":"ACTIVE","profit":"1500.00","loss":"500.00","productType":["INTRADAY","DELIVERY"],"{{key}}":true}""");

        var result = await _host.Client.TradersControl.GetPnlExitAsync();

        Assert.Equal(DhanPnlExitStatus.Active, result.PnlExitStatus);
        Assert.Equal(1500m, result.Profit);
        Assert.Equal(500m, result.Loss);
        Assert.Equal([DhanPnlExitProductType.Intraday, DhanPnlExitProductType.Delivery], result.ProductType);
        Assert.True(result.EnableKillSwitch);
    }

    public void Dispose() => _host.Dispose();
}
