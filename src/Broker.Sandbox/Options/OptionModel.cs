using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Broker.Sandbox.Engine;
using Broker.Time;

namespace Broker.Sandbox.Options;

/// <summary>
/// The sandbox's synthetic, deterministic options on its instruments, shared by both brokers' option routes (Dhan's
/// option chain and expired options, Groww's option chain, greeks, expiries and contracts): expiries (weekly Thursdays
/// for an index, plus the last Thursday of this and the next two months), a strike grid around the underlying's price,
/// and Black-Scholes prices and greeks (no interest, a volatility smile around a base of 14 % for an index and 25 % for
/// a stock). Open interest, volumes and security ids come from a hash of the contract, so the same contract always
/// reads the same.
/// </summary>
internal static class OptionModel
{
    /// <summary>Strikes listed either side of the at-the-money strike.</summary>
    public const int StrikesEachSide = 10;

    /// <summary>The premium tick: option prices are multiples of it.</summary>
    public const decimal PremiumTick = 0.05m;

    /// <summary>The first year the brokers keep expired contracts for.</summary>
    public const int FirstHistoryYear = 2020;

    private static readonly TimeSpan ExpiryClose = new(15, 30, 0);

    /// <summary>The listed expiries on an IST day, ascending: four weeklies (index only) and three monthlies.</summary>
    public static List<DateOnly> Expiries(InstrumentState underlying, DateOnly today)
    {
        var set = new SortedSet<DateOnly>();
        if (underlying.Definition.IsIndex)
        {
            for (var i = 1; i <= 4; i++)
            {
                set.Add(Weekly(today, i));
            }
        }

        for (var i = 1; i <= 3; i++)
        {
            set.Add(Monthly(today, i));
        }

        return [.. set];
    }

    /// <summary>
    /// Every expiry of the underlying in [<paramref name="from"/>, <paramref name="through"/>]: before
    /// <paramref name="today"/> every Thursday for an index and the last Thursday of each month for a stock (the
    /// contracts that have expired), from today on the listed ones (<see cref="Expiries"/>). Ascending.
    /// </summary>
    public static List<DateOnly> Calendar(InstrumentState underlying, DateOnly from, DateOnly through, DateOnly today)
    {
        var result = new List<DateOnly>();
        var first = new DateOnly(FirstHistoryYear, 1, 1);
        for (var day = Weekly(from < first ? first : from, 1); day <= through && day < today; day = day.AddDays(7))
        {
            if (underlying.Definition.IsIndex || IsMonthly(day))
            {
                result.Add(day);
            }
        }

        result.AddRange(Expiries(underlying, today).Where(d => d >= from && d <= through));
        return result;
    }

    /// <summary>Whether <paramref name="day"/> is a monthly expiry: the last Thursday of its month.</summary>
    public static bool IsMonthly(DateOnly day) => LastThursday(new DateOnly(day.Year, day.Month, 1)) == day;

    /// <summary>The <paramref name="code"/>-th Thursday on or after <paramref name="day"/> (1 = the nearest).</summary>
    public static DateOnly Weekly(DateOnly day, int code)
    {
        var first = day.AddDays(((int)DayOfWeek.Thursday - (int)day.DayOfWeek + 7) % 7);
        return first.AddDays(7 * (code - 1));
    }

    /// <summary>The <paramref name="code"/>-th monthly expiry (last Thursday of a month) on or after <paramref name="day"/>.</summary>
    public static DateOnly Monthly(DateOnly day, int code)
    {
        var month = new DateOnly(day.Year, day.Month, 1);
        if (LastThursday(month) < day)
        {
            month = month.AddMonths(1);
        }

        return LastThursday(month.AddMonths(code - 1));
    }

    private static DateOnly LastThursday(DateOnly month)
    {
        var last = month.AddMonths(1).AddDays(-1);
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Thursday + 7) % 7));
    }

    /// <summary>The strike step: 50 for an index (100 above 40,000); for a stock, by price band.</summary>
    public static decimal StrikeStep(InstrumentState underlying)
    {
        var price = underlying.PreviousClose;
        if (underlying.Definition.IsIndex)
        {
            return price > 40_000m ? 100m : 50m;
        }

        return price switch
        {
            < 250m => 2.5m,
            < 500m => 5m,
            < 1_000m => 10m,
            < 2_000m => 20m,
            < 5_000m => 50m,
            _ => 100m,
        };
    }

    /// <summary>The listed strikes: <see cref="StrikesEachSide"/> either side of the strike nearest <paramref name="spot"/>, ascending, all positive.</summary>
    public static List<decimal> Strikes(InstrumentState underlying, decimal spot)
    {
        var step = StrikeStep(underlying);
        var atm = AtTheMoney(spot, step);
        return [.. Enumerable.Range(-StrikesEachSide, (2 * StrikesEachSide) + 1).Select(i => atm + (i * step)).Where(s => s > 0)];
    }

    public static decimal AtTheMoney(decimal spot, decimal step) => Math.Round(spot / step, MidpointRounding.AwayFromZero) * step;

    /// <summary>Years from <paramref name="now"/> to 15:30 IST on the expiry day, at least one hour.</summary>
    public static double YearsToExpiry(DateTimeOffset now, DateOnly expiry)
    {
        var close = new DateTimeOffset(expiry.ToDateTime(TimeOnly.FromTimeSpan(ExpiryClose)), IndianTime.Offset);
        var hours = Math.Max(1.0, (close - now).TotalHours);
        return hours / (365.0 * 24.0);
    }

    /// <summary>The volatility of a strike: the base, plus a smile that rises away from the money.</summary>
    public static double Volatility(InstrumentState underlying, decimal spot, decimal strike)
    {
        var baseVol = underlying.Definition.IsIndex ? 0.14 : 0.25;
        var moneyness = Math.Abs(Math.Log((double)strike / (double)spot));
        return baseVol + (0.6 * moneyness);
    }

    /// <summary>A Black-Scholes value and greeks (theta per day, vega per volatility point).</summary>
    public static (decimal Price, double Delta, double Gamma, double Theta, double Vega) Price(bool call, decimal spot, decimal strike, double years, double vol, decimal tick)
    {
        var s = (double)spot;
        var k = (double)strike;
        var root = Math.Sqrt(years);
        var d1 = (Math.Log(s / k) + (0.5 * vol * vol * years)) / (vol * root);
        var d2 = d1 - (vol * root);
        var value = call ? (s * Cdf(d1)) - (k * Cdf(d2)) : (k * Cdf(-d2)) - (s * Cdf(-d1));
        var density = Math.Exp(-0.5 * d1 * d1) / Math.Sqrt(2 * Math.PI);
        var price = Math.Max(tick, Math.Round((decimal)value / tick, MidpointRounding.AwayFromZero) * tick);
        return (price, call ? Cdf(d1) : Cdf(d1) - 1, density / (s * vol * root), -(s * density * vol) / (2 * root) / 365.0, s * density * root / 100.0);
    }

    /// <summary>
    /// A contract's live quote on the underlying's last price: premium, greeks (theta per day, vega and rho per point),
    /// volatility, open interest and the day's volume.
    /// </summary>
    public static OptionQuote Quote(InstrumentState underlying, DateOnly expiry, decimal strike, bool call, DateTimeOffset now)
    {
        var spot = underlying.LastPrice;
        var years = YearsToExpiry(now, expiry);
        var vol = Volatility(underlying, spot, strike);
        var (price, delta, gamma, theta, vega) = Price(call, spot, strike, years, vol, PremiumTick);
        var oi = OpenInterest(underlying, expiry, strike, call, spot);
        var volume = (long)(oi * (1 + (4 * Draw(Contract(underlying, expiry, strike, call) + "|vol"))) / 75) * 75;
        return new OptionQuote(price, delta, gamma, theta, vega, Rho(call, spot, strike, years, vol), vol, oi, volume);
    }

    /// <summary>Rho per percentage point of interest, taken at a zero rate as the prices are.</summary>
    public static double Rho(bool call, decimal spot, decimal strike, double years, double vol)
    {
        var k = (double)strike;
        var root = Math.Sqrt(years);
        var d2 = ((Math.Log((double)spot / k) + (0.5 * vol * vol * years)) / (vol * root)) - (vol * root);
        return (call ? k * years * Cdf(d2) : -k * years * Cdf(-d2)) / 100.0;
    }

    /// <summary>A number in [0, 1) fixed by the text (the contract and what is being drawn).</summary>
    public static double Draw(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return BinaryPrimitives.ReadUInt32LittleEndian(hash) / (uint.MaxValue + 1.0);
    }

    /// <summary>A stable seven-digit security id for a contract.</summary>
    public static long SecurityId(InstrumentState underlying, DateOnly expiry, decimal strike, bool call) =>
        1_000_000 + (long)(Draw(Contract(underlying, expiry, strike, call) + "|id") * 9_000_000);

    /// <summary>Open interest: highest at the money, falling away from it, in whole lots of 75.</summary>
    public static long OpenInterest(InstrumentState underlying, DateOnly expiry, decimal strike, bool call, decimal spot)
    {
        var distance = Math.Log((double)strike / (double)spot);
        var size = 2_000_000 * Math.Exp(-distance * distance * 400) * (0.5 + Draw(Contract(underlying, expiry, strike, call) + "|oi"));
        return (long)(size / 75) * 75;
    }

    public static string Contract(InstrumentState underlying, DateOnly expiry, decimal strike, bool call) =>
        string.Create(CultureInfo.InvariantCulture, $"{underlying.Definition.DhanSecurityId}|{expiry:yyyy-MM-dd}|{strike}|{(call ? "CE" : "PE")}");

    private static double Cdf(double x)
    {
        // Abramowitz and Stegun 7.1.26, accurate to about 1e-7.
        var t = 1.0 / (1.0 + (0.3275911 * Math.Abs(x) / Math.Sqrt(2)));
        var poly = t * (0.254829592 + (t * (-0.284496736 + (t * (1.421413741 + (t * (-1.453152027 + (t * 1.061405429))))))));
        var erf = 1.0 - (poly * Math.Exp(-x * x / 2));
        return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }
}
