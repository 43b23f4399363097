using System.Text.Json;
using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Dhan;

/// <summary>Rules every Dhan order body follows: the client id matches the token; the correlation id is short and plain.</summary>
internal static class DhanBodyRules
{
    public static void RequireClientId(JsonElement body, DhanSession session, DhanSandboxOptions options)
    {
        var clientId = JsonFields.OptionalString(body, "dhanClientId");
        if (clientId is null)
        {
            if (options.RequireClientIdInBody)
            {
                throw new FieldException("dhanClientId is required.");
            }

            return;
        }

        if (clientId != session.Principal.Account.ClientId)
        {
            throw new FieldException("dhanClientId does not match the access token.");
        }
    }

    /// <summary>An order write while the kill switch is on is refused (sandbox wording; Dhan's is undocumented).</summary>
    public static void RequireTradingEnabled(DhanSession session)
    {
        if (session.Principal.KillSwitchActive)
        {
            throw DhanTradingProtocol.OrderError("Kill Switch is active; trading is disabled for the account.");
        }
    }

    public static void ValidateCorrelationId(string reference, DhanSandboxOptions options)
    {
        if (reference.Length > options.MaxCorrelationIdLength)
        {
            throw new FieldException($"correlationId can be at most {options.MaxCorrelationIdLength} characters.");
        }

        if (!reference.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '_' or '-'))
        {
            throw new FieldException("correlationId may contain only letters, digits, space, '_' and '-'.");
        }
    }
}
