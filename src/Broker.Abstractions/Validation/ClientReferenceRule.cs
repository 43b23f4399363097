using System.Buffers;
using System.Globalization;

namespace Broker.Validation;

/// <summary>
/// What a broker accepts as a client reference (Groww <c>order_reference_id</c>, Dhan <c>correlationId</c>): a length
/// range, the characters allowed, and optionally a cap on how often one of them may appear. Each broker has one rule,
/// read from its orders client (<c>Orders.ClientReferenceRule</c>), and both its own orders client and its
/// <see cref="Trading.ITradingClient"/> check references against it, so a reference is judged the same way whichever
/// door it comes through. References from <see cref="Http.ClientReference.New"/> satisfy every broker's rule.
/// </summary>
public sealed class ClientReferenceRule
{
    private readonly SearchValues<char> _allowed;

    /// <summary>Creates a rule.</summary>
    /// <param name="minLength">The fewest characters allowed (at least 1).</param>
    /// <param name="maxLength">The most characters allowed.</param>
    /// <param name="allowedCharacters">Every character a reference may contain.</param>
    /// <param name="description">The rule in words, for messages: <c>8 to 20 letters and digits with at most two hyphens</c>.</param>
    /// <param name="limitedCharacter">A character that may appear only <paramref name="limitedCount"/> times, or <see langword="null"/>.</param>
    /// <param name="limitedCount">How often <paramref name="limitedCharacter"/> may appear.</param>
    public ClientReferenceRule(int minLength, int maxLength, string allowedCharacters, string description, char? limitedCharacter = null, int limitedCount = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, minLength);
        ArgumentException.ThrowIfNullOrEmpty(allowedCharacters);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentOutOfRangeException.ThrowIfNegative(limitedCount);
        MinLength = minLength;
        MaxLength = maxLength;
        Description = description;
        LimitedCharacter = limitedCharacter;
        LimitedCount = limitedCount;
        _allowed = SearchValues.Create(allowedCharacters);
    }

    /// <summary>The fewest characters allowed.</summary>
    public int MinLength { get; }

    /// <summary>The most characters allowed.</summary>
    public int MaxLength { get; }

    /// <summary>The rule in words, for messages.</summary>
    public string Description { get; }

    /// <summary>A character whose count is capped (Groww's hyphen), or <see langword="null"/>.</summary>
    public char? LimitedCharacter { get; }

    /// <summary>How often <see cref="LimitedCharacter"/> may appear.</summary>
    public int LimitedCount { get; }

    /// <summary>Whether the broker accepts <paramref name="reference"/>.</summary>
    /// <param name="reference">The reference.</param>
    /// <returns><see langword="true"/> when it follows the rule.</returns>
    public bool Accepts(string? reference) => reference is not null && Problem(reference) is null;

    /// <summary>Requires that a reference, when given, follows the rule (<see langword="null"/> means "generate one").</summary>
    /// <param name="validator">The broker's validator, which names the broker in the message.</param>
    /// <param name="reference">The reference, or <see langword="null"/>.</param>
    /// <param name="field">The field, such as <c>CorrelationId</c>.</param>
    /// <exception cref="Errors.BrokerValidationException">The reference breaks the rule; the message says how.</exception>
    internal void Require(BrokerValidator validator, string? reference, string field)
    {
        ArgumentNullException.ThrowIfNull(validator);
        if (reference is not null && Problem(reference) is { } problem)
        {
            throw validator.Invalid(field, $"{field} must be {Description}; {problem}. Leave it null to have one generated.");
        }
    }

    /// <inheritdoc />
    public override string ToString() => Description;

    private string? Problem(string reference)
    {
        if (reference.Length < MinLength || reference.Length > MaxLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"'{reference}' has {reference.Length} characters");
        }

        var bad = reference.AsSpan().IndexOfAnyExcept(_allowed);
        if (bad >= 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"'{reference}' contains '{reference[bad]}' at position {bad + 1}");
        }

        if (LimitedCharacter is { } limited && reference.AsSpan().Count(limited) is var count && count > LimitedCount)
        {
            return string.Create(CultureInfo.InvariantCulture, $"'{reference}' has {count} '{limited}'");
        }

        return null;
    }
}
