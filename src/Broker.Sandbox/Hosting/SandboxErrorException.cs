namespace Broker.Sandbox.Hosting;

/// <summary>Thrown by a handler to answer with a broker error; the pipeline writes <see cref="Response"/>.</summary>
internal sealed class SandboxErrorException(SandboxResponse response) : Exception("The sandbox answered with a broker error.")
{
    public SandboxResponse Response { get; } = response;
}
