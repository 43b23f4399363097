using System.Text;

namespace Broker.Dhan.Tests.TestSupport;

/// <summary>Builds unsigned JWT-shaped tokens with a chosen expiry, as Dhan's tokens carry an <c>exp</c> claim.</summary>
internal static class TestJwt
{
    public static string WithExpiry(DateTimeOffset expiry, string subject = "1000000001") =>
        $"eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9.{Encode($"{{\"iss\":\"dhan\",\"dhanClientId\":\"{subject}\",\"exp\":{expiry.ToUnixTimeSeconds()}}}")}.c2lnbmF0dXJlLW5vdC1jaGVja2Vk";

    private static string Encode(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
