using System.Security.Cryptography;

namespace Broker.Http;

/// <summary>
/// Generates client references for orders (Groww <c>order_reference_id</c>, Dhan <c>correlationId</c>): 20 random
/// letters and digits, which satisfies both brokers' rules (Groww 8–20 alphanumerics; Dhan at most 25 of
/// <c>[a-zA-Z0-9 _-]</c>) and is unique for all practical purposes.
/// </summary>
public static class ClientReference
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /// <summary>The length of generated references.</summary>
    public const int GeneratedLength = 20;

    /// <summary>Generates a new reference.</summary>
    /// <returns>20 random letters and digits.</returns>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, GeneratedLength);
}
