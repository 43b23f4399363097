using System.Net;
using System.Text;
using System.Text.Json;
using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Dhan;

/// <summary>
/// Dhan EDIS (electronic delivery-instruction slips): <c>GET /v2/edis/tpin</c>, <c>POST /v2/edis/form</c>,
/// <c>POST /v2/edis/bulkform</c> and <c>GET /v2/edis/inquire/{isin}</c>. The forms are the CDSL auto-posting HTML the
/// live API returns; the sandbox treats a form as completed at once (as if the user entered the T-PIN), so the ISIN's
/// quantity reads as approved on inquiry. The sandbox does not require an approval before a delivery sell.
/// </summary>
internal sealed class DhanEdisEndpoints
{
    private static readonly string[] Exchanges = ["NSE", "BSE", "MCX", "ALL"];
    private static readonly string[] Segments = ["EQ", "COMM", "FNO"];

    /// <summary><c>GET /v2/edis/tpin</c>: 202 with no body (the T-PIN goes out by SMS).</summary>
    public static SandboxResponse Tpin(RequestData request, AuthOutcome auth) => new(202, [], SandboxResponse.JsonContentType);

    /// <summary><c>POST /v2/edis/form</c> <c>{isin, qty, exchange, segment, bulk}</c> → <c>{dhanClientId, edisFormHtml}</c>.</summary>
    public static SandboxResponse Form(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var body = request.JsonObject();
        var isin = JsonFields.RequiredString(body, "isin");
        var quantity = JsonFields.OptionalInt64(body, "qty", allowNumericString: true) ?? throw new FieldException("qty is required.");
        var exchange = JsonFields.RequiredEnum(body, "exchange", Exchanges);
        var segment = JsonFields.RequiredEnum(body, "segment", Segments);
        var bulk = JsonFields.OptionalBoolean(body, "bulk") ?? throw new FieldException("bulk is required.");
        if (quantity <= 0)
        {
            throw new FieldException("qty must be greater than zero.");
        }

        var held = Held(session, isin);
        if (quantity > held)
        {
            throw new FieldException($"qty {quantity} is more than the {held} shares of {isin} held.");
        }

        var approvals = session.Principal.EdisApprovals;
        approvals[isin] = Math.Min(held, approvals.GetValueOrDefault(isin) + quantity);
        return FormResponse(session, [(isin, quantity)], exchange, segment, bulk);
    }

    /// <summary><c>POST /v2/edis/bulkform</c> <c>{isin:[...], exchange, segment}</c>: every listed holding in full.</summary>
    public static SandboxResponse BulkForm(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var body = request.JsonObject();
        if (!body.TryGetProperty("isin", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            throw new FieldException("isin must be a non-empty array of ISINs.");
        }

        var exchange = JsonFields.RequiredEnum(body, "exchange", Exchanges);
        var segment = JsonFields.RequiredEnum(body, "segment", Segments);
        var lines = new List<(string Isin, long Quantity)>();
        foreach (var item in list.EnumerateArray())
        {
            var isin = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (string.IsNullOrWhiteSpace(isin))
            {
                throw new FieldException("isin must hold ISIN strings.");
            }

            var held = Held(session, isin);
            if (held == 0)
            {
                throw new FieldException($"No holding of {isin}.");
            }

            lines.Add((isin, held));
        }

        foreach (var (isin, quantity) in lines)
        {
            session.Principal.EdisApprovals[isin] = quantity;
        }

        return FormResponse(session, lines, exchange, segment, bulk: true);
    }

    /// <summary>
    /// <c>GET /v2/edis/inquire/{isin}</c> → <c>{clientId, isin, totalQty, aprvdQty, status, remarks}</c>; <c>ALL</c>
    /// sums every holding. An ISIN not held is DH-905.
    /// </summary>
    public static SandboxResponse Inquire(RequestData request, AuthOutcome auth)
    {
        var session = (DhanSession)auth.Principal!;
        var isin = request.Route("isin");
        var holdings = session.Principal.Book.Holdings.Values
            .Where(h => h.Instrument.Definition.Isin is not null && (isin == "ALL" || h.Instrument.Definition.Isin == isin))
            .ToList();
        if (holdings.Count == 0)
        {
            throw new FieldException(isin == "ALL" ? "No holdings available." : $"No holding of {isin}.");
        }

        var total = holdings.Sum(h => h.TotalQuantity);
        var approved = holdings.Sum(h => Math.Min(h.TotalQuantity, session.Principal.EdisApprovals.GetValueOrDefault(h.Instrument.Definition.Isin!)));
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("clientId", session.Principal.Account.ClientId);
            w.WriteString("isin", isin);
            w.WriteNumber("totalQty", total);
            w.WriteNumber("aprvdQty", approved);
            w.WriteString("status", approved > 0 ? "SUCCESS" : "PENDING");
            w.WriteString("remarks", approved > 0 ? "eDIS authorised" : "eDIS not authorised");
            w.WriteEndObject();
        });
    }

    private static long Held(DhanSession session, string isin) =>
        session.Principal.Book.Holdings.Values.Where(h => h.Instrument.Definition.Isin == isin).Sum(h => h.TotalQuantity);

    private static SandboxResponse FormResponse(DhanSession session, IReadOnlyList<(string Isin, long Quantity)> lines, string exchange, string segment, bool bulk)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><body onload=\"document.forms[0].submit()\">");
        html.Append("<form method=\"post\" action=\"https://edis.cdslindia.com/eDIS/VerifyDIS/\">");
        Hidden(html, "DPId", "83400");
        Hidden(html, "ReqId", session.Principal.Account.ClientId);
        Hidden(html, "Exchange", exchange);
        Hidden(html, "Segment", segment);
        Hidden(html, "Bulk", bulk ? "true" : "false");
        foreach (var (isin, quantity) in lines)
        {
            Hidden(html, "ISIN", isin);
            Hidden(html, "Quantity", quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        html.Append("</form></body></html>");
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("dhanClientId", session.Principal.Account.ClientId);
            w.WriteString("edisFormHtml", html.ToString());
            w.WriteEndObject();
        });
    }

    private static void Hidden(StringBuilder html, string name, string value) =>
        html.Append("<input type=\"hidden\" name=\"").Append(name).Append("\" value=\"").Append(WebUtility.HtmlEncode(value)).Append("\"/>");
}
