using System.Globalization;
using Broker.Dhan.Sending;
using Broker.Dhan.Validation;
using Broker.Dhan.Logging;
using Broker.Dhan.Serialization;

using Microsoft.Extensions.Logging;

namespace Broker.Dhan.OptionChain;

/// <inheritdoc />
internal sealed class DhanOptionChainClient : IDhanOptionChainClient
{
    private readonly DhanSender _sender;
    private readonly DhanOptionChainGate _optionChainGate;
    private readonly ILogger _logger;

    public DhanOptionChainClient(DhanSender sender, DhanOptionChainGate optionChainGate, ILogger logger)
    {
        _sender = sender;
        _optionChainGate = optionChainGate;
        _logger = logger;
    }

    public async Task<DhanOptionChain> GetOptionChainAsync(long underlyingSecurityId, DhanExchangeSegment underlyingSegment, DateOnly expiry, CancellationToken cancellationToken = default)
    {
        Validate(underlyingSecurityId, underlyingSegment);
        var expiryText = expiry.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await HoldBackAsync($"optionchain|{underlyingSecurityId}|{underlyingSegment}|{expiryText}", cancellationToken).ConfigureAwait(false);
        var body = new OptionChainBody { UnderlyingScrip = underlyingSecurityId, UnderlyingSeg = underlyingSegment, Expiry = expiryText };
        var message = _sender.Request(HttpMethod.Post, "optionchain", body, DhanJsonContext.Default.OptionChainBody);
        var envelope = await _sender.SendAsync(message, DhanEndpoints.OptionChain, DhanJsonContext.Default.DhanDataEnvelopeOptionChainData, cancellationToken).ConfigureAwait(false);
        var strikes = new List<DhanOptionChainStrike>();
        foreach (var (key, value) in envelope.Data?.Oc ?? [])
        {
            if (decimal.TryParse(key, NumberStyles.Float, CultureInfo.InvariantCulture, out var strike))
            {
                strikes.Add(new DhanOptionChainStrike(strike, value?.Ce, value?.Pe));
            }
        }

        strikes.Sort((a, b) => a.Strike.CompareTo(b.Strike));
        return new DhanOptionChain(envelope.Data?.LastPrice ?? 0m, strikes);
    }

    public async Task<IReadOnlyList<DateOnly>> GetExpiriesAsync(long underlyingSecurityId, DhanExchangeSegment underlyingSegment, CancellationToken cancellationToken = default)
    {
        Validate(underlyingSecurityId, underlyingSegment);
        await HoldBackAsync($"expirylist|{underlyingSecurityId}|{underlyingSegment}", cancellationToken).ConfigureAwait(false);
        var body = new OptionChainBody { UnderlyingScrip = underlyingSecurityId, UnderlyingSeg = underlyingSegment };
        var message = _sender.Request(HttpMethod.Post, "optionchain/expirylist", body, DhanJsonContext.Default.OptionChainBody);
        var envelope = await _sender.SendAsync(message, DhanEndpoints.ExpiryList, DhanJsonContext.Default.DhanDataEnvelopeListNullableDateOnly, cancellationToken).ConfigureAwait(false);
        return (envelope.Data ?? []).Where(d => d is not null).Select(d => d!.Value).Order().ToList();
    }

    private async Task HoldBackAsync(string requestKey, CancellationToken cancellationToken)
    {
        var delay = await _optionChainGate.WaitAsync(requestKey, cancellationToken).ConfigureAwait(false);
        if (delay > TimeSpan.Zero)
        {
            DhanLog.OptionChainHeldBack(_logger, requestKey, delay.TotalMilliseconds);
        }
    }

    private static void Validate(long underlyingSecurityId, DhanExchangeSegment underlyingSegment)
    {
        DhanValidation.Require(underlyingSecurityId > 0, "UnderlyingSecurityId", $"must be a positive security id; it is {underlyingSecurityId}.");
        DhanValidation.RequireValue(underlyingSegment, "UnderlyingSegment");
    }
}
