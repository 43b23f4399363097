namespace Broker.Samples.Webhook.Health;

/// <summary>What <c>/ready</c> reports besides the token: the last successful broker call and the last token check.</summary>
internal sealed class BrokerHealth
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _lastSuccessfulCall;
    private TokenCheckResult? _lastTokenCheck;

    /// <summary>When a broker call last succeeded (IST).</summary>
    public DateTimeOffset? LastSuccessfulCall
    {
        get
        {
            lock (_gate)
            {
                return _lastSuccessfulCall;
            }
        }
    }

    /// <summary>The last token check, if one ran.</summary>
    public TokenCheckResult? LastTokenCheck
    {
        get
        {
            lock (_gate)
            {
                return _lastTokenCheck;
            }
        }
    }

    /// <summary>Records a successful broker call.</summary>
    /// <param name="at">When it completed.</param>
    public void RecordSuccess(DateTimeOffset at)
    {
        lock (_gate)
        {
            if (_lastSuccessfulCall is null || at > _lastSuccessfulCall)
            {
                _lastSuccessfulCall = at;
            }
        }
    }

    /// <summary>Records a token check.</summary>
    /// <param name="result">Its result.</param>
    public void RecordTokenCheck(TokenCheckResult result)
    {
        lock (_gate)
        {
            _lastTokenCheck = result;
        }
    }
}
