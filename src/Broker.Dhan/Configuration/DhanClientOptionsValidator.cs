using System.Globalization;
using Broker.DependencyInjection;
using Broker.Security;
using Microsoft.Extensions.Options;

namespace Broker.Dhan;

/// <summary>Checks <see cref="DhanClientOptions"/> at start-up, with a message per problem that says what to fix.</summary>
internal sealed class DhanClientOptionsValidator : IValidateOptions<DhanClientOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DhanClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        BrokerOptionsValidation.ValidateCommon(options, errors);
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            errors.Add("ClientId is required: it is your Dhan client id (dhanClientId), sent with every request.");
        }

        switch (options.ResolveAuthenticationMode())
        {
            case DhanAuthenticationMode.AccessToken:
                if (string.IsNullOrWhiteSpace(options.AccessToken))
                {
                    errors.Add("AccessToken is required (or set Pin and TotpSecret to let the SDK mint tokens itself).");
                }

                break;
            case DhanAuthenticationMode.RenewToken:
                if (string.IsNullOrWhiteSpace(options.AccessToken))
                {
                    errors.Add("AccessToken is required for AuthenticationMode RenewToken: it is the active Dhan-Web token to keep renewing.");
                }

                break;
            case DhanAuthenticationMode.PinTotp:
                if (string.IsNullOrWhiteSpace(options.Pin))
                {
                    errors.Add("Pin is required for AuthenticationMode PinTotp: it is your Dhan PIN (not the login password).");
                }
                else if (options.Pin.Length != 6 || !options.Pin.All(char.IsAsciiDigit))
                {
                    // Refused here, never sent: a wrong PIN sent to Dhan counts towards locking the account.
                    errors.Add("Pin must be the 6-digit numeric Dhan PIN (not the login password); the value given is not 6 digits.");
                }

                if (string.IsNullOrWhiteSpace(options.TotpSecret))
                {
                    errors.Add("TotpSecret is required for AuthenticationMode PinTotp: it is the Base32 secret shown when enabling TOTP on Dhan Web.");
                }
                else if (!Totp.IsValidSecret(options.TotpSecret))
                {
                    errors.Add("TotpSecret is not valid Base32 (letters A-Z and digits 2-7).");
                }

                break;
        }

        if (options.Environment is null)
        {
            errors.Add("Environment is required (DhanEnvironment.Production or DhanEnvironment.Sandbox).");
        }
        else
        {
            BrokerOptionsValidation.RequireSecureAddress(options.Environment.ApiBaseAddress, "Environment.ApiBaseAddress", errors);
            BrokerOptionsValidation.RequireSecureAddress(options.Environment.AuthBaseAddress, "Environment.AuthBaseAddress", errors);
        }

        if (options.HttpVersion is null)
        {
            errors.Add("HttpVersion is required (default 1.1).");
        }

        BrokerOptionsValidation.RequireHeaderSafe(options.ClientId, nameof(options.ClientId), errors);
        BrokerOptionsValidation.RequireHeaderSafe(options.AccessToken, nameof(options.AccessToken), errors);
        if (options.IdempotentPlacementSettleWindow < TimeSpan.Zero || options.IdempotentPlacementSettleWindow > TimeSpan.FromMinutes(5))
        {
            errors.Add($"IdempotentPlacementSettleWindow must be between 0 and 5 minutes; it is {options.IdempotentPlacementSettleWindow}.");
        }

        ValidatePartnerConsent(options.PartnerConsent, errors);
        ValidateLimits(options, errors);
        var prefix = $"Dhan account '{(string.IsNullOrEmpty(name) ? BrokerAccountKey.DefaultName : name)}'";
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors.Select(e => $"{prefix}: {e}"));
    }

    private static void ValidateLimits(DhanClientOptions options, List<string> errors)
    {
        if (options.RateLimits is not { } limits)
        {
            errors.Add("RateLimits must not be null.");
            return;
        }

        BrokerOptionsValidation.ValidateRateLimits(limits.Windows().Select(static l => (l.OptionName, l.Text)), options.EnableRateLimiting, errors);
        if (limits.OptionChainUniqueRequestInterval < TimeSpan.Zero || limits.OptionChainUniqueRequestInterval > BrokerOptionsValidation.MaxTimerDuration)
        {
            errors.Add($"RateLimits.OptionChainUniqueRequestInterval must be between zero and {BrokerOptionsValidation.MaxTimerDuration}; it is {limits.OptionChainUniqueRequestInterval}.");
        }

        RequirePositive(limits.MaxModificationsPerOrder, "RateLimits.MaxModificationsPerOrder", errors);
        RequirePositive(options.MaxCorrelationIdLength, nameof(options.MaxCorrelationIdLength), errors);
        RequirePositive(options.MaxInstrumentsPerQuoteRequest, nameof(options.MaxInstrumentsPerQuoteRequest), errors);
        RequirePositive(options.MaxIntradayDaysPerRequest, nameof(options.MaxIntradayDaysPerRequest), errors);
        RequirePositive(options.MaxExpiredOptionsDaysPerRequest, nameof(options.MaxExpiredOptionsDaysPerRequest), errors);
    }

    private static void ValidatePartnerConsent(DhanPartnerConsentOptions? partnerConsent, List<string> errors)
    {
        if (partnerConsent is null)
        {
            errors.Add("PartnerConsent must not be null.");
            return;
        }

        if (!Enum.IsDefined(partnerConsent.GenerateConsentMethod))
        {
            errors.Add("PartnerConsent.GenerateConsentMethod must be Post or Get.");
        }

        if (!Enum.IsDefined(partnerConsent.ConsumeConsentMethod))
        {
            errors.Add("PartnerConsent.ConsumeConsentMethod must be Get or Post.");
        }
    }

    private static void RequirePositive(int value, string name, List<string> errors)
    {
        if (value <= 0)
        {
            errors.Add($"{name} must be positive; it is {value.ToString(CultureInfo.InvariantCulture)}.");
        }
    }
}
