using Broker.Errors;

namespace Broker.Http;

/// <summary>For hosts that send no JSON error envelope (file hosts): answers are judged by their status alone.</summary>
internal sealed class StatusOnlyErrorReader(string brokerName) : IBrokerErrorReader
{
    public string BrokerName => brokerName;

    public BrokerErrorInfo? ReadError(BrokerRawResponse response) => null;
}
