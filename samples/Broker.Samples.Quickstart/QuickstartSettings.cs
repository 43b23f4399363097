using Microsoft.Extensions.Configuration;

namespace Broker.Samples.Quickstart;

/// <summary>What the environment asks for: which brokers have credentials, and whether orders are allowed.</summary>
internal sealed class QuickstartSettings
{
    public TourTarget? Groww { get; private init; }

    public TourTarget? Dhan { get; private init; }

    public bool PlaceOrders { get; private init; }

    public bool HasAnyCredentials => Groww is not null || Dhan is not null;

    public static QuickstartSettings From(IConfiguration configuration)
    {
        var placeOrders = string.Equals(configuration["QUICKSTART:PLACEORDERS"], "yes", StringComparison.OrdinalIgnoreCase);
        var groww = configuration.GetSection("GROWW");
        var dhan = configuration.GetSection("DHAN");
        var hasGroww = !string.IsNullOrWhiteSpace(groww["TOTPTOKEN"]) || !string.IsNullOrWhiteSpace(groww["APIKEY"]) || !string.IsNullOrWhiteSpace(groww["ACCESSTOKEN"]);
        var hasDhan = !string.IsNullOrWhiteSpace(dhan["CLIENTID"]);
        return new QuickstartSettings
        {
            PlaceOrders = placeOrders,
            Groww = hasGroww
                ? new TourTarget
                {
                    Name = "Groww",
                    PlaceOrders = placeOrders,
                    Instrument = groww["SYMBOL"] ?? "IDEA",
                    ConfigureGroww = o =>
                    {
                        o.Credentials.TotpToken = groww["TOTPTOKEN"];
                        o.Credentials.TotpSecret = groww["TOTPSECRET"];
                        o.Credentials.ApiKey = groww["APIKEY"];
                        o.Credentials.ApiSecret = groww["APISECRET"];
                        o.Credentials.AccessToken = groww["ACCESSTOKEN"];
                    },
                }
                : null,
            Dhan = hasDhan
                ? new TourTarget
                {
                    Name = "Dhan",
                    PlaceOrders = placeOrders,
                    Instrument = dhan["SECURITYID"] ?? "1333",
                    ConfigureDhan = o =>
                    {
                        o.ClientId = dhan["CLIENTID"];
                        o.Pin = dhan["PIN"];
                        o.TotpSecret = dhan["TOTPSECRET"];
                        o.AccessToken = dhan["ACCESSTOKEN"];
                    },
                }
                : null,
        };
    }
}
