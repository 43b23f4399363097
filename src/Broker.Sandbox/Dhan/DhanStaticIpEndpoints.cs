using System.Globalization;
using System.Net;
using Broker.Sandbox.Hosting;
using Broker.Time;

namespace Broker.Sandbox.Dhan;

/// <summary>
/// Dhan's static-IP whitelist: <c>POST /v2/ip/setIP</c>, <c>PUT /v2/ip/modifyIP</c> and <c>GET /v2/ip/getIP</c>, one
/// primary and one secondary address per account. A set address may be changed once in 7 days (on the server clock),
/// as Dhan documents. The sandbox records the whitelist but does not refuse orders from other addresses.
/// </summary>
internal sealed class DhanStaticIpEndpoints(DhanBroker broker)
{
    private static readonly TimeSpan ModificationLock = TimeSpan.FromDays(7);

    /// <summary><c>POST /v2/ip/setIP</c> <c>{dhanClientId, ip, ipFlag}</c>: sets an address not set yet.</summary>
    public SandboxResponse Set(RequestData request, AuthOutcome auth) => Save(request, auth, modify: false);

    /// <summary><c>PUT /v2/ip/modifyIP</c>: replaces a set address, at most once in 7 days.</summary>
    public SandboxResponse Modify(RequestData request, AuthOutcome auth) => Save(request, auth, modify: true);

    /// <summary><c>GET /v2/ip/getIP</c> → <c>{modifyDatePrimary, modifyDateSecondary, primaryIP, secondaryIP}</c>.</summary>
    public static SandboxResponse Get(RequestData request, AuthOutcome auth)
    {
        var principal = ((DhanSession)auth.Principal!).Principal;
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartObject();
            WriteDate(w, "modifyDateSecondary", principal.SecondaryIp?.ModifiedAt);
            w.WriteString("secondaryIP", principal.SecondaryIp?.Address ?? string.Empty);
            WriteDate(w, "modifyDatePrimary", principal.PrimaryIp?.ModifiedAt);
            w.WriteString("primaryIP", principal.PrimaryIp?.Address ?? string.Empty);
            w.WriteEndObject();
        });
    }

    private SandboxResponse Save(RequestData request, AuthOutcome auth, bool modify)
    {
        var session = (DhanSession)auth.Principal!;
        var body = request.JsonObject();
        DhanBodyRules.RequireClientId(body, session, broker.Options);
        var ip = JsonFields.RequiredString(body, "ip").Trim();
        var flag = JsonFields.RequiredEnum(body, "ipFlag", "PRIMARY", "SECONDARY");
        if (!IPAddress.TryParse(ip, out var address)
            || (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && ip.Count(c => c == '.') != 3))
        {
            throw new FieldException($"ip '{ip}' is not a valid IPv4 or IPv6 address.");
        }

        var principal = session.Principal;
        var now = broker.Context.Clock.GetUtcNow();
        var current = flag == "PRIMARY" ? principal.PrimaryIp : principal.SecondaryIp;
        if (!modify && current is not null)
        {
            throw new FieldException($"The {flag.ToLowerInvariant()} IP is already set; use modifyIP to change it.");
        }

        if (modify && current is null)
        {
            throw new FieldException($"No {flag.ToLowerInvariant()} IP is set yet; use setIP first.");
        }

        if (modify && now - current!.ModifiedAt < ModificationLock)
        {
            throw new FieldException($"The {flag.ToLowerInvariant()} IP can be modified once in 7 days; next change allowed from {IndianTime.ToIst(current.ModifiedAt + ModificationLock):yyyy-MM-dd}.");
        }

        var entry = new DhanWhitelistedIp(ip, now);
        if (flag == "PRIMARY")
        {
            principal.PrimaryIp = entry;
        }
        else
        {
            principal.SecondaryIp = entry;
        }

        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("message", "IP saved successfully");
            w.WriteString("status", "SUCCESS");
            w.WriteEndObject();
        });
    }

    private static void WriteDate(System.Text.Json.Utf8JsonWriter w, string name, DateTimeOffset? at)
    {
        if (at is { } value)
        {
            w.WriteString(name, IndianTime.ToIst(value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
