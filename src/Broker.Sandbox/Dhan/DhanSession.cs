using Broker.Sandbox.Hosting;

namespace Broker.Sandbox.Dhan;

/// <summary>An authenticated Dhan caller: the account and the token it presented.</summary>
internal sealed record DhanSession(DhanPrincipal Principal, string Token, TokenStore.IssuedToken Issued);
