using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Groww;

/// <summary>
/// The token mint's errors: the FAILURE envelope plus <c>error.displayMessage</c>, which the official SDK reads from
/// a 400 on this endpoint.
/// </summary>
internal sealed class GrowwMintProtocol : IBrokerProtocol
{
    public static GrowwMintProtocol Instance { get; } = new();

    public string Broker => SandboxBrokers.Groww;

    public SandboxResponse RateLimited() =>
        GrowwProtocol.Failure(429, "GA003", "Rate limit exceeded. Too many requests; please try again later.", withDisplayMessage: true);

    public SandboxResponse ForStatus(int statusCode) => GrowwProtocol.Instance.ForStatus(statusCode);

    public SandboxResponse InvalidField(string message) => GrowwProtocol.Failure(400, "GA001", message, withDisplayMessage: true);
}
