namespace Broker.Dhan.Tests.TestSupport;

/// <summary>Distinctive fake secrets, so a leak is easy to find in captured text.</summary>
internal static class Secrets
{
    public const string Pin = "739146";
    public const string TotpSecret = "JBSWY3DPEHPK3PXPJBSWY3DP";
    public const string AppSecret = "app-secret-Zq81xWv0";
    public const string AppId = "app-id-4471";
}
