using Broker.DependencyInjection;
using Broker.Groww.Authentication;
using Broker.Security;
using Microsoft.Extensions.Options;

namespace Broker.Groww;

/// <summary>Checks <see cref="GrowwClientOptions"/> at start-up; every message names the option and says what to fix.</summary>
internal sealed class GrowwClientOptionsValidator : IValidateOptions<GrowwClientOptions>
{
    public ValidateOptionsResult Validate(string? name, GrowwClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        var prefix = $"Groww account '{(string.IsNullOrEmpty(name) ? BrokerAccountKey.DefaultName : name)}'";
        BrokerOptionsValidation.RequireSecureAddress(options.BaseAddress, "BaseAddress", errors);
        BrokerOptionsValidation.ValidateCommon(options, errors);
        ValidateCredentials(options.Credentials, errors);
        if (options.RateLimits is null)
        {
            errors.Add("RateLimits must not be null.");
        }
        else
        {
            BrokerOptionsValidation.ValidateRateLimits(options.RateLimits.Windows().Select(static l => (l.OptionName, l.Text)), options.EnableRateLimiting, errors);
        }
        if (string.IsNullOrWhiteSpace(options.ApiVersion))
        {
            errors.Add("ApiVersion must not be empty; Groww expects X-API-VERSION: 1.0.");
        }

        BrokerOptionsValidation.RequireHeaderSafe(options.ApiVersion, nameof(options.ApiVersion), errors);
        BrokerOptionsValidation.RequireHeaderSafe(options.ClientId, nameof(options.ClientId), errors);
        BrokerOptionsValidation.RequireHeaderSafe(options.ClientPlatform, nameof(options.ClientPlatform), errors);
        BrokerOptionsValidation.RequireHeaderSafe(options.ClientPlatformVersion, nameof(options.ClientPlatformVersion), errors);
        if (options.Credentials is { } credentials)
        {
            BrokerOptionsValidation.RequireHeaderSafe(credentials.AccessToken, "Credentials.AccessToken", errors);
            BrokerOptionsValidation.RequireHeaderSafe(credentials.ApiKey, "Credentials.ApiKey", errors);
            BrokerOptionsValidation.RequireHeaderSafe(credentials.TotpToken, "Credentials.TotpToken", errors);
        }

        if (options.PriceDecimals is < 0 or > 8)
        {
            errors.Add($"PriceDecimals must be between 0 and 8; it is {options.PriceDecimals}.");
        }

        if (options.MaxOrderListPageSize is < 1 or > 100)
        {
            errors.Add($"MaxOrderListPageSize must be between 1 and 100 (Groww's cURL docs' maximum); it is {options.MaxOrderListPageSize}.");
        }

        if (options.DefaultOrderListPageSize < 1 || options.DefaultOrderListPageSize > options.MaxOrderListPageSize)
        {
            errors.Add($"DefaultOrderListPageSize must be between 1 and MaxOrderListPageSize ({options.MaxOrderListPageSize}); it is {options.DefaultOrderListPageSize}.");
        }

        if (options.EarliestExpiryYear is < 2000 or > 9999)
        {
            errors.Add($"EarliestExpiryYear must be between 2000 and 9999; it is {options.EarliestExpiryYear}.");
        }

        if (options.ExpiryYearsAhead is < 0 or > 10)
        {
            errors.Add($"ExpiryYearsAhead must be between 0 and 10; it is {options.ExpiryYearsAhead}.");
        }

        return errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(errors.Select(e => $"{prefix}: {e}"));
    }

    private static void ValidateCredentials(GrowwCredentials? credentials, List<string> errors)
    {
        if (credentials is null)
        {
            errors.Add("Credentials must not be null.");
            return;
        }

        var mode = credentials.ResolveMode();
        if (mode is null)
        {
            var anySet = credentials.Secrets.Any(s => !string.IsNullOrWhiteSpace(s));
            errors.Add(anySet
                ? "Credentials hold more than one kind of credentials; set Credentials.Mode to AccessToken, Approval or Totp to choose."
                : "Credentials are missing: set Credentials.AccessToken, or Credentials.ApiKey and Credentials.ApiSecret, or Credentials.TotpToken and Credentials.TotpSecret (for example through the environment variables Groww__Credentials__TotpToken and Groww__Credentials__TotpSecret).");
            return;
        }

        switch (mode)
        {
            case GrowwAuthenticationMode.AccessToken:
                Require(credentials.AccessToken, "Credentials.AccessToken", "the access token generated on the Groww website", errors);
                break;
            case GrowwAuthenticationMode.Approval:
                Require(credentials.ApiKey, "Credentials.ApiKey", "the API key from https://groww.in/trade-api/api-keys", errors);
                Require(credentials.ApiSecret, "Credentials.ApiSecret", "the API secret shown with the API key", errors);
                break;
            case GrowwAuthenticationMode.Totp:
                Require(credentials.TotpToken, "Credentials.TotpToken", "the TOTP token from 'Generate TOTP token'", errors);
                Require(credentials.TotpSecret, "Credentials.TotpSecret", "the Base32 secret shown next to the QR code", errors);
                if (!string.IsNullOrWhiteSpace(credentials.TotpSecret) && !Totp.IsValidSecret(credentials.TotpSecret))
                {
                    errors.Add("Credentials.TotpSecret is not valid Base32 (only A–Z and 2–7). It must be the secret shown next to the QR code, not the TOTP token, an API secret or an access token.");
                }

                break;
            default:
                errors.Add($"Credentials.Mode {mode} is not one of AccessToken, Approval, Totp.");
                break;
        }
    }

    private static void Require(string? value, string option, string what, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{option} is required for this kind of credentials: {what}.");
        }
    }
}
