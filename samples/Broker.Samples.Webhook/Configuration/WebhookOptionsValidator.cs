using Microsoft.Extensions.Options;

namespace Broker.Samples.Webhook.Configuration;

/// <summary>
/// Checks <see cref="WebhookOptions"/> at start-up; every message names the setting to fix and never shows a value
/// of a secret.
/// </summary>
/// <param name="credentialsConfigured">Whether credentials for the chosen broker are configured.</param>
internal sealed class WebhookOptionsValidator(bool credentialsConfigured) : IValidateOptions<WebhookOptions>
{
    /// <summary>The shortest webhook secret accepted.</summary>
    public const int MinimumSecretLength = 16;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Secret))
        {
            errors.Add("Webhook:Secret is required: set WEBHOOK_SECRET (or Webhook__Secret), or run `dotnet user-secrets set Webhook:Secret <value>`.");
        }
        else if (options.Secret.Trim().Length < MinimumSecretLength)
        {
            errors.Add($"Webhook:Secret must be at least {MinimumSecretLength} characters; use a long random value.");
        }

        ValidateDhanPostbackSecret(options, errors);

        if (options.Broker is not (WebhookBroker.Dhan or WebhookBroker.Groww))
        {
            errors.Add("Webhook:Broker must be Dhan or Groww.");
        }

        if (options.LiveTrading && !credentialsConfigured && !options.UseSandbox)
        {
            errors.Add($"Webhook:LiveTrading is on but no {options.Broker} credentials are configured (see README: Dhan:ClientId with Dhan:Pin + Dhan:TotpSecret or Dhan:AccessToken; Groww:Credentials:*).");
        }

        if (options.MaxBodyBytes is < 1024 or > 1024 * 1024)
        {
            errors.Add("Webhook:MaxBodyBytes must be between 1024 and 1048576.");
        }

        if (options.RememberedReferences < 1)
        {
            errors.Add("Webhook:RememberedReferences must be at least 1.");
        }

        if (options.PlacementTimeout <= TimeSpan.Zero)
        {
            errors.Add("Webhook:PlacementTimeout must be positive.");
        }

        ValidateTokenCheck(options.TokenCheck, errors);
        ValidateQueue(options.Queue, errors);
        ValidateRisk(options.Risk, errors);
        ValidateOrderLog(options.OrderLog, errors);
        if (options.Instruments?.Address is { } address && (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && !address.IsLoopback)))
        {
            errors.Add("Webhook:Instruments:Address must be an absolute HTTPS address (or a loopback sandbox).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateDhanPostbackSecret(WebhookOptions options, List<string> errors)
    {
        var secret = options.DhanPostbackSecret;
        if (secret is null)
        {
            return;
        }

        if (secret.Length < MinimumSecretLength || !secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors.Add($"Webhook:DhanPostbackSecret must be at least {MinimumSecretLength} characters of A-Z, a-z, 0-9, '-' and '_' (it is a URL path segment); use a long random value.");
        }
        else if (string.Equals(secret, options.Secret?.Trim(), StringComparison.Ordinal))
        {
            errors.Add("Webhook:DhanPostbackSecret must differ from Webhook:Secret: the postback URL is stored at Dhan and carried in the access token.");
        }
    }

    private static void ValidateTokenCheck(TokenCheckOptions? check, List<string> errors)
    {
        if (check is null)
        {
            errors.Add("Webhook:TokenCheck must not be empty.");
            return;
        }

        if (check.Interval < TimeSpan.FromSeconds(1))
        {
            errors.Add("Webhook:TokenCheck:Interval (HEALTH_CHECK_INTERVAL) must be at least one second.");
        }

        if (check.RenewBeforeExpiry < TimeSpan.Zero)
        {
            errors.Add("Webhook:TokenCheck:RenewBeforeExpiry must not be negative.");
        }
    }

    private static void ValidateQueue(QueueOptions? queue, List<string> errors)
    {
        if (queue is null)
        {
            errors.Add("Webhook:Queue must not be empty.");
            return;
        }

        if (queue.Capacity is < 1 or > 100_000)
        {
            errors.Add("Webhook:Queue:Capacity must be between 1 and 100000.");
        }

        if (queue.Workers is < 1 or > 64)
        {
            errors.Add("Webhook:Queue:Workers must be between 1 and 64.");
        }

        if (queue.AnswerWithin < TimeSpan.Zero || queue.AnswerWithin > TimeSpan.FromMinutes(1))
        {
            errors.Add("Webhook:Queue:AnswerWithin must be between 0 and one minute (TradingView gives up after a few seconds).");
        }

        if (queue.RememberedOutcomes < 1)
        {
            errors.Add("Webhook:Queue:RememberedOutcomes must be at least 1.");
        }
    }

    private static void ValidateRisk(RiskOptions? risk, List<string> errors)
    {
        if (risk is null)
        {
            errors.Add("Webhook:Risk must not be empty.");
            return;
        }

        if (risk.MaxQuantity < 1 || risk.MaxLots < 1 || risk.MaxOrderValue <= 0)
        {
            errors.Add("Webhook:Risk:MaxQuantity, MaxLots and MaxOrderValue must be positive (set Webhook:Risk:Enabled=false to turn the limits off).");
        }

        if (risk.LastPriceMaxAge < TimeSpan.Zero || risk.LastPriceMaxAge > TimeSpan.FromMinutes(1))
        {
            errors.Add("Webhook:Risk:LastPriceMaxAge must be between 0 and one minute.");
        }

        if (risk.MaxOrdersPerSymbolPerDay is < 1 || risk.MaxTurnoverPerSymbolPerDay is <= 0)
        {
            errors.Add("Webhook:Risk:MaxOrdersPerSymbolPerDay and MaxTurnoverPerSymbolPerDay must be positive when set.");
        }

        foreach (var (symbol, limits) in risk.Symbols)
        {
            if (limits is null || limits.MaxQuantity is < 1 || limits.MaxLots is < 1 || limits.MaxOrderValue is <= 0 || limits.MaxOrdersPerDay is < 1 || limits.MaxTurnoverPerDay is <= 0)
            {
                errors.Add($"Webhook:Risk:Symbols:{symbol}: every limit must be positive when set.");
            }
        }
    }

    private static void ValidateOrderLog(OrderLogOptions? log, List<string> errors)
    {
        if (log is null || string.IsNullOrWhiteSpace(log.Path))
        {
            errors.Add("Webhook:OrderLog:Path (CSV_LOG_PATH) must name a file.");
            return;
        }

        if (log.MaxReadLimit < 1)
        {
            errors.Add("Webhook:OrderLog:MaxReadLimit must be at least 1.");
        }
    }
}
