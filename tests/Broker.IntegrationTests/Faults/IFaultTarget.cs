using Broker.Errors;
using Broker.Sandbox;
using Broker.Testing;
using Microsoft.Extensions.Logging.Testing;

namespace Broker.IntegrationTests.Faults;

/// <summary>
/// One broker's client wired to Broker.Sandbox, seen through the few operations the fault matrix needs, so that each
/// row of the matrix is one test body run against both brokers.
/// </summary>
internal interface IFaultTarget : IAsyncDisposable
{
    /// <summary><see cref="SandboxBrokers.Groww"/> or <see cref="SandboxBrokers.Dhan"/>.</summary>
    string Broker { get; }

    BrokerSandbox Sandbox { get; }

    FakeLogCollector Logs { get; }

    /// <summary>The sandbox endpoint that creates orders.</summary>
    string CreateEndpoint { get; }

    /// <summary>The sandbox endpoint <see cref="ReadAsync"/> calls (positions).</summary>
    string ReadEndpoint { get; }

    /// <summary>The rate-limit category of <see cref="ReadEndpoint"/>.</summary>
    string ReadCategory { get; }

    /// <summary>The sandbox endpoint that mints access tokens.</summary>
    string MintEndpoint { get; }

    /// <summary>How many orders the server's book holds.</summary>
    int ServerOrderCount { get; }

    /// <summary>How many access tokens the server has minted.</summary>
    int TokensMinted { get; }

    /// <summary>Every secret of the account and every token minted so far.</summary>
    IEnumerable<string> Secrets();

    /// <summary>Places a limit buy far below the market (it rests) with <paramref name="reference"/>; returns the broker's order id.</summary>
    Task<string> PlaceAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>The broker client's idempotent placement with <paramref name="reference"/>.</summary>
    Task<(string OrderId, bool AlreadyPlaced)> PlaceIdempotentAsync(string reference, OrderOutcomeUnknownException? previousAttempt, CancellationToken cancellationToken = default);

    /// <summary>The order with <paramref name="reference"/>, looked up through the broker's by-reference endpoint; null when the broker does not know it.</summary>
    Task<string?> FindByReferenceAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>A read (GET positions).</summary>
    Task ReadAsync(CancellationToken cancellationToken = default);

    /// <summary>Moves the server clock past the access token's expiry.</summary>
    void ExpireToken();
}
