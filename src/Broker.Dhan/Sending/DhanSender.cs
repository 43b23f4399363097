using Broker.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Broker.Dhan.Http;

/// <summary>What every area client of one account shares: the invoker, the request builder and the account's state.</summary>
internal sealed class DhanClientContext
{
    public DhanClientContext(
        BrokerHttpInvoker invoker,
        DhanClientOptions options,
        TimeProvider timeProvider,
        DhanOptionChainGate optionChainGate,
        DhanModificationCounter modifications,
        ILogger? logger = null)
    {
        Logger = logger ?? NullLogger.Instance;
        Invoker = invoker;
        Options = options;
        TimeProvider = timeProvider;
        OptionChainGate = optionChainGate;
        Modifications = modifications;
        Requests = new DhanRequestBuilder(options);
        ClientId = options.ClientId ?? string.Empty;
    }

    public BrokerHttpInvoker Invoker { get; }

    public DhanClientOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    public DhanOptionChainGate OptionChainGate { get; }

    public DhanModificationCounter Modifications { get; }

    public DhanRequestBuilder Requests { get; }

    public string ClientId { get; }

    public ILogger Logger { get; }
}
