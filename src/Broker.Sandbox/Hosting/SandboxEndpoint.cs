namespace Broker.Sandbox.Hosting;

/// <summary>
/// One route: its stable name, broker, rate-limit category, error style, how to find the caller, and the handler.
/// Authentication and the handler run under the sandbox's lock and must not block.
/// </summary>
internal sealed record SandboxEndpoint(
    string Name,
    string Broker,
    string Category,
    string Method,
    string Pattern,
    IBrokerProtocol Protocol,
    Func<RequestData, AuthOutcome> Authenticate,
    Func<RequestData, AuthOutcome, SandboxResponse> Handle);
