using System.Globalization;
using Broker.Errors;
using Broker.Samples.Webhook.Configuration;
using Broker.Samples.Webhook.Logging;
using Broker.Samples.Webhook.Orders;
using Broker.Samples.Webhook.Security;
using Broker.Time;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Broker.Samples.Webhook.Health;

/// <summary>
/// Keeps the access token fresh: at start-up and then every <see cref="TokenCheckOptions.Interval"/> it asks the
/// SDK's <c>TokenManager</c> for a token. The manager renews a renewable token (Dhan PIN + TOTP, Groww TOTP or API
/// key) once less than <see cref="TokenCheckOptions.RenewBeforeExpiry"/> remains, single-flight with any order in
/// progress; the check then optionally makes one cheap authenticated read, and logs and records the outcome.
/// </summary>
internal sealed class TokenKeeper : BackgroundService
{
    private readonly WebhookOptions _options;
    private readonly IOrderGateway _gateway;
    private readonly BrokerHealth _health;
    private readonly SecretScrubber _scrubber;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<TokenKeeper> _logger;

    /// <summary>Creates the keeper.</summary>
    public TokenKeeper(WebhookOptions options, IOrderGateway gateway, BrokerHealth health, SecretScrubber scrubber, TimeProvider timeProvider, ILogger<TokenKeeper> logger)
    {
        _options = options;
        _gateway = gateway;
        _health = health;
        _scrubber = scrubber;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Runs one check now (the background loop calls this; so can tests and tools).</summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>What the check found (also recorded for <c>/ready</c>).</returns>
    public async Task<TokenCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        var broker = _gateway.Broker.ToString();
        var tokens = _gateway.Tokens;
        if (tokens is null)
        {
            var idle = new TokenCheckResult(IndianTime.Now(_timeProvider), true, false, null, "No broker client configured (dry run without credentials).");
            _health.RecordTokenCheck(idle);
            return idle;
        }

        var before = tokens.CurrentToken;
        TokenCheckResult result;
        try
        {
            var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            if (tokens.RenewalInProgress is { } renewal)
            {
                // A token inside its renewal margin keeps serving while the SDK renews it in the background: wait for it here.
                await renewal.WaitAsync(cancellationToken).ConfigureAwait(false);
                token = tokens.CurrentToken ?? token;
            }

            var renewed = !ReferenceEquals(before, token);
            if (_options.TokenCheck.VerifyWithBroker)
            {
                await _gateway.VerifyAsync(cancellationToken).ConfigureAwait(false);
                _health.RecordSuccess(IndianTime.Now(_timeProvider));
            }

            // The verification may itself have renewed a token the broker refused.
            token = tokens.CurrentToken ?? token;
            renewed |= !ReferenceEquals(before, token);
            var now = _timeProvider.GetUtcNow();
            var expiresAt = token.ExpiresAt is { } expiry ? IndianTime.ToIst(expiry) : (DateTimeOffset?)null;
            var remaining = token.RemainingLifetime(now);
            var hours = remaining?.TotalHours ?? double.NaN;
            if (renewed)
            {
                WebhookLog.TokenRenewed(_logger, broker, tokens.FlowName, expiresAt);
            }
            else
            {
                WebhookLog.TokenValid(_logger, broker, tokens.FlowName, expiresAt, hours);
            }

            var insideMargin = remaining is { } left && left < _options.TokenCheck.RenewBeforeExpiry;
            string renewalNote;
            if (!tokens.CanRenew)
            {
                // Only a pasted token cannot be renewed.
                renewalNote = insideMargin ? "; it cannot be renewed automatically (pasted token): paste a new one before it expires" : "; pasted token (not renewed automatically)";
                if (insideMargin)
                {
                    WebhookLog.TokenNotRenewable(_logger, broker, tokens.FlowName, hours);
                }
            }
            else if (insideMargin)
            {
                // A renewable token that is inside the margin and was not renewed ahead was minted inside it (Groww
                // tokens all expire at 06:00 IST): a new one would expire at the same time, so the SDK mints the
                // next one when this one expires, or at once if the broker refuses it.
                renewalNote = $"; renewable ({tokens.FlowName}): the next token is minted when this one expires";
                WebhookLog.TokenServesUntilExpiry(_logger, broker, tokens.FlowName, expiresAt);
            }
            else
            {
                renewalNote = $"; renewable ({tokens.FlowName})";
            }

            var message = string.Create(
                CultureInfo.InvariantCulture,
                $"{(renewed ? "New token obtained" : "Token valid")}{(remaining is { } r ? $", {r.TotalHours:0.0} hours remaining" : ", expiry unknown")}{(expiresAt is { } at ? $" (until {at:yyyy-MM-dd HH:mm} IST)" : string.Empty)}{renewalNote}{(_options.TokenCheck.VerifyWithBroker ? "; broker accepted it" : string.Empty)}.");
            result = new TokenCheckResult(IndianTime.ToIst(now), true, renewed, expiresAt, message);
        }
        catch (Exception ex) when (ex is BrokerException or HttpRequestException)
        {
            var detail = _scrubber.Scrub(ex.Message) ?? ex.GetType().Name;
            WebhookLog.TokenCheckFailed(_logger, broker, detail);
            result = new TokenCheckResult(IndianTime.Now(_timeProvider), false, false, tokens.CurrentToken?.ExpiresAt, detail);
        }

        _health.RecordTokenCheck(result);
        return result;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.TokenCheck.Enabled || _gateway.Tokens is null)
        {
            return;
        }

        try
        {
            await CheckAsync(stoppingToken).ConfigureAwait(false);
            using var timer = new PeriodicTimer(_options.TokenCheck.Interval, _timeProvider);
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await CheckAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
