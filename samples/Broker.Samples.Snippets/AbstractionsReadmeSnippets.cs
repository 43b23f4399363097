using Broker.Security;
using Broker.Time;

namespace Broker.Samples.Snippets;

/// <summary>The snippets of src/Broker.Abstractions/README.md.</summary>
internal static class AbstractionsReadmeSnippets
{
    /// <summary>src/Broker.Abstractions/README.md, the TOTP and IST example.</summary>
    /// <param name="totpSecret">A Base32 TOTP secret.</param>
    public static void TotpAndIndianTime(string totpSecret)
    {
        // snippet: abstractions-totp
        // using Broker.Security;
        // using Broker.Time;

        // A TOTP code from the Base32 secret shown next to the broker's QR code (the SDK does this for you when it logs in).
        var totp = Totp.FromBase32(totpSecret, TimeProvider.System);
        Console.WriteLine($"Code {totp.GetCode()}, valid for another {totp.GetRemainingValidity().TotalSeconds:0} s");

        // Every time the SDK hands you is a DateTimeOffset in IST (+05:30).
        DateTimeOffset nowInIndia = IndianTime.Now(TimeProvider.System);
        Console.WriteLine($"It is {nowInIndia:HH:mm} in India; the next 06:00 is {IndianTime.NextOccurrence(nowInIndia, new TimeOnly(6, 0)):yyyy-MM-dd HH:mm}");
        // end snippet
    }
}
