using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Groww;

/// <summary>
/// <c>POST /v1/api/apex/v1/socket/token/create</c>: the feed socket token, answered un-enveloped as
/// <c>{"token","subscriptionId"}</c>. The slashed form the official SDK uses answers <b>307</b> to the un-slashed one, as
/// observed live; a client that follows it automatically loses the POST body (and, in .NET, the Authorization header).
/// The sandbox serves no feed.
/// </summary>
internal sealed class GrowwFeedTokenEndpoints(GrowwBroker broker)
{
    public SandboxResponse Create(RequestData request, AuthOutcome auth)
    {
        if (request.Path.EndsWith('/'))
        {
            return SandboxResponse.Redirect(request.Path.TrimEnd('/'), 307);
        }

        var principal = (GrowwPrincipal)auth.Principal!;
        var body = request.JsonObject();
        var socketKey = JsonFields.RequiredString(body, "socketKey");
        if (socketKey.Length != 56 || socketKey[0] != 'U' || !socketKey.All(c => char.IsAsciiLetterUpper(c) || c is >= '2' and <= '7'))
        {
            throw new FieldException("socketKey must be a NATS user public key: 56 Base32 characters starting with 'U'.");
        }

        var expiresAt = broker.Context.Clock.GetUtcNow().AddDays(1);
        var token = JwtFactory.Create("HS256", w =>
        {
            w.WriteString("sub", socketKey);
            w.WriteString("iss", "groww-sandbox-feed");
            w.WriteNumber("exp", expiresAt.ToUnixTimeSeconds());
        });
        return SandboxResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("token", token);
            w.WriteString("subscriptionId", "sbx-" + principal.Account.Ucc.ToLowerInvariant());
            w.WriteEndObject();
        });
    }
}
