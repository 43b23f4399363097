using Microsoft.Extensions.Configuration;

namespace Broker.Samples.Quickstart;

/// <summary>
/// What the environment asks for: which brokers have credentials, and whether orders are allowed. The broker keys are
/// the ones the libraries bind (<c>Groww:Credentials:TotpToken</c>, <c>Dhan:ClientId</c>...), so the same environment
/// variables work here and in an app that calls <c>AddGrowwClient(configuration.GetSection("Groww"))</c>.
/// </summary>
internal sealed class QuickstartSettings
{
    public TourTarget? Groww { get; private init; }

    public TourTarget? Dhan { get; private init; }

    public bool PlaceOrders { get; private init; }

    public bool HasAnyCredentials => Groww is not null || Dhan is not null;

    public static QuickstartSettings From(IConfiguration configuration)
    {
        var quickstart = configuration.GetSection("Quickstart");
        var placeOrders = string.Equals(quickstart["PlaceOrders"], "yes", StringComparison.OrdinalIgnoreCase);
        var groww = configuration.GetSection("Groww:Credentials");
        var dhan = configuration.GetSection("Dhan");
        var hasGroww = !string.IsNullOrWhiteSpace(groww["TotpToken"]) || !string.IsNullOrWhiteSpace(groww["ApiKey"]) || !string.IsNullOrWhiteSpace(groww["AccessToken"]);
        var hasDhan = !string.IsNullOrWhiteSpace(dhan["ClientId"]);
        return new QuickstartSettings
        {
            PlaceOrders = placeOrders,
            Groww = hasGroww
                ? new TourTarget
                {
                    Name = "Groww",
                    PlaceOrders = placeOrders,
                    Instrument = quickstart["GrowwSymbol"] ?? "IDEA",
                    ConfigureGroww = o =>
                    {
                        o.Credentials.TotpToken = groww["TotpToken"];
                        o.Credentials.TotpSecret = groww["TotpSecret"];
                        o.Credentials.ApiKey = groww["ApiKey"];
                        o.Credentials.ApiSecret = groww["ApiSecret"];
                        o.Credentials.AccessToken = groww["AccessToken"];
                    },
                }
                : null,
            Dhan = hasDhan
                ? new TourTarget
                {
                    Name = "Dhan",
                    PlaceOrders = placeOrders,
                    Instrument = quickstart["DhanSecurityId"] ?? "1333",
                    ConfigureDhan = o =>
                    {
                        o.ClientId = dhan["ClientId"];
                        o.Pin = dhan["Pin"];
                        o.TotpSecret = dhan["TotpSecret"];
                        o.AccessToken = dhan["AccessToken"];
                    },
                }
                : null,
        };
    }
}
