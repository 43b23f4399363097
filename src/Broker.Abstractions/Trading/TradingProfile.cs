using Broker.Collections;

namespace Broker.Trading;

/// <summary>Who the account belongs to.</summary>
public sealed record TradingProfile
{
    /// <summary>The broker's name for this account (<c>Groww</c>, <c>Dhan</c>), the same as <see cref="ITradingClient.BrokerName"/>.</summary>
    public required string BrokerName { get; init; }

    /// <summary>The client id at the broker (Groww UCC, Dhan client id).</summary>
    public required string ClientId { get; init; }

    /// <summary>The exchanges the account may trade on, as far as the broker reports them.</summary>
    public IReadOnlyList<TradingExchange> EnabledExchanges { get; init => field = ValueList.OrEmpty(value); } = ValueList.Empty<TradingExchange>();
}
