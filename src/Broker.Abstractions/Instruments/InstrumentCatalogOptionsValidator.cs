using Microsoft.Extensions.Options;

namespace Broker.Instruments;

/// <summary>Validates an instrument catalogue's options at start-up through <see cref="InstrumentCatalogOptions.Validate"/>.</summary>
/// <typeparam name="TOptions">The broker's options type.</typeparam>
internal sealed class InstrumentCatalogOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : InstrumentCatalogOptions
{
    private readonly string _prefix;

    /// <summary>Creates the validator.</summary>
    /// <param name="prefix">Starts every message, such as <c>Groww instruments</c>.</param>
    public InstrumentCatalogOptionsValidator(string prefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        _prefix = prefix;
    }

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        options.Validate(errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors.Select(e => $"{_prefix}: {e}"));
    }
}
