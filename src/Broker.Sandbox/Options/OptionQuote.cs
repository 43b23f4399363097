namespace Broker.Sandbox.Options;

/// <summary>One option contract's live numbers, as <see cref="OptionModel.Quote"/> computes them.</summary>
/// <param name="Price">The premium, on the premium tick.</param>
/// <param name="Delta">Delta.</param>
/// <param name="Gamma">Gamma.</param>
/// <param name="Theta">Theta, per day.</param>
/// <param name="Vega">Vega, per volatility point.</param>
/// <param name="Rho">Rho, per interest-rate point.</param>
/// <param name="Volatility">The volatility used, as a fraction (0.14 = 14 %).</param>
/// <param name="OpenInterest">Open interest, in whole lots of 75.</param>
/// <param name="Volume">The day's volume, in whole lots of 75.</param>
internal sealed record OptionQuote(
    decimal Price, double Delta, double Gamma, double Theta, double Vega, double Rho, double Volatility, long OpenInterest, long Volume);
