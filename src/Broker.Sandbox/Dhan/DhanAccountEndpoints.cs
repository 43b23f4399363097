using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Dhan;

/// <summary>Dhan's account endpoints: profile, holdings, positions and fund limit.</summary>
internal sealed class DhanAccountEndpoints(DhanBroker broker)
{
    /// <summary><c>GET /v2/profile</c>: <c>tokenValidity</c> is the presented token's expiry, <c>DD/MM/YYYY HH:mm</c> IST.</summary>
    public SandboxResponse Profile(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var now = broker.Context.Clock.GetUtcNow();
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("dhanClientId", session.Principal.Account.ClientId);
            w.WriteString("tokenValidity", DhanWire.ProfileTime(session.Issued.ExpiresAt));
            w.WriteString("activeSegment", "Equity, Derivative, Currency, Commodity");
            w.WriteString("ddpi", "Active");
            w.WriteString("mtf", "Active");
            w.WriteString("dataPlan", "Active");
            w.WriteString("dataValidity", DhanWire.DataValidity(now.AddDays(30)));
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// <c>GET /v2/holdings</c>. With no holdings, production answers HTTP 500 DH-1111 "No holdings available"
    /// (<see cref="DhanSandboxOptions.EmptyHoldingsAsError"/>).
    /// </summary>
    public SandboxResponse Holdings(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var holdings = session.Principal.Book.Holdings.Values.OrderBy(h => h.Instrument.TradingSymbol, StringComparer.Ordinal).ToList();
        if (holdings.Count == 0 && broker.Options.EmptyHoldingsAsError)
        {
            return DhanTradingProtocol.Error(500, "HOLDING_ERROR", "DH-1111", "No holdings available");
        }

        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartArray();
            foreach (var holding in holdings)
            {
                DhanWire.WriteHolding(w, holding);
            }

            w.WriteEndArray();
        });
    }

    /// <summary><c>GET /v2/positions</c>.</summary>
    public static SandboxResponse Positions(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var positions = session.Principal.Book.Positions.Values.OrderBy(p => p.Instrument.TradingSymbol, StringComparer.Ordinal).ToList();
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartArray();
            foreach (var position in positions)
            {
                DhanWire.WritePosition(w, session.Principal.Account.ClientId, position);
            }

            w.WriteEndArray();
        });
    }

    /// <summary><c>GET /v2/fundlimit</c>, with Dhan's real spellings <c>availabelBalance</c> and <c>receiveableAmount</c>.</summary>
    public SandboxResponse FundLimit(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var engine = broker.Context.Engine;
        var book = session.Principal.Book;
        var available = engine.Available(book);
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("dhanClientId", session.Principal.Account.ClientId);
            w.WriteNumber("availabelBalance", available);
            w.WriteNumber("sodLimit", book.OpeningBalance);
            w.WriteNumber("collateralAmount", 0m);
            w.WriteNumber("receiveableAmount", 0m);
            w.WriteNumber("utilizedAmount", engine.BlockedByOrders(book) + engine.UsedByPositions(book));
            w.WriteNumber("blockedPayoutAmount", 0m);
            w.WriteNumber("withdrawableBalance", Math.Max(0m, available));
            w.WriteEndObject();
        });
    }
}
