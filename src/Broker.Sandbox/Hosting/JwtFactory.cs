using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Broker.Sandbox.Hosting;

/// <summary>Issues JWT-shaped access tokens signed with a per-sandbox random key, so clients that read <c>exp</c> locally can.</summary>
internal static class JwtFactory
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(64);

    public static string Create(string algorithm, Action<Utf8JsonWriter> writeClaims)
    {
        var header = Base64Url(Encoding.UTF8.GetBytes($"{{\"typ\":\"JWT\",\"alg\":\"{algorithm}\"}}"));
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeClaims(writer);
            writer.WriteString("jti", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)));
            writer.WriteEndObject();
        }

        var payload = Base64Url(buffer.WrittenSpan);
        var signingInput = Encoding.ASCII.GetBytes(header + "." + payload);
        var signature = algorithm == "HS512" ? HMACSHA512.HashData(Key, signingInput) : HMACSHA256.HashData(Key, signingInput);
        return header + "." + payload + "." + Base64Url(signature);
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
