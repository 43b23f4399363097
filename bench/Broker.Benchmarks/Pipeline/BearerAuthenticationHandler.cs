using System.Net.Http.Headers;
using Broker.Authentication;

namespace Broker.Benchmarks.Pipeline;

/// <summary>The base <see cref="AuthenticationHandler"/> with nothing but a Bearer header, to separate its own cost from Groww's headers.</summary>
internal sealed class BearerAuthenticationHandler(TokenManager tokens)
    : AuthenticationHandler(tokens, null)
{
    protected override void ApplyToken(HttpRequestMessage request, AccessToken token) =>
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
}
