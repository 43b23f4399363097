using System.Buffers;
using System.Text.Json;

namespace Broker.Dhan.Feeds;

/// <summary>The JSON requests of the feed sockets, written with <see cref="Utf8JsonWriter"/> (no reflection).</summary>
internal static class FeedMessages
{
    /// <summary><c>{"RequestCode":15,"InstrumentCount":2,"InstrumentList":[{"ExchangeSegment":"NSE_EQ","SecurityId":"1333"},…]}</c>.</summary>
    public static byte[] InstrumentList(DhanFeedRequestCode code, IReadOnlyList<DhanInstrument> instruments)
    {
        var buffer = new ArrayBufferWriter<byte>(64 + (instruments.Count * 48));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("RequestCode", (int)code);
            writer.WriteNumber("InstrumentCount", instruments.Count);
            writer.WriteStartArray("InstrumentList");
            foreach (var instrument in instruments)
            {
                writer.WriteStartObject();
                writer.WriteString("ExchangeSegment", instrument.ExchangeSegment.Value);
                writer.WriteString("SecurityId", instrument.SecurityId);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The 200-level form: <c>{"RequestCode":23,"ExchangeSegment":"NSE_EQ","SecurityId":"1333"}</c>.</summary>
    public static byte[] Flat(DhanFeedRequestCode code, DhanInstrument instrument)
    {
        var buffer = new ArrayBufferWriter<byte>(96);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("RequestCode", (int)code);
            writer.WriteString("ExchangeSegment", instrument.ExchangeSegment.Value);
            writer.WriteString("SecurityId", instrument.SecurityId);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary><c>{"LoginReq":{"MsgCode":42,"ClientId":"…","Token":"…"},"UserType":"SELF"}</c>.</summary>
    public static byte[] OrderUpdateLogin(string clientId, string token)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + token.Length);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("LoginReq");
            writer.WriteNumber("MsgCode", 42);
            writer.WriteString("ClientId", clientId);
            writer.WriteString("Token", token);
            writer.WriteEndObject();
            writer.WriteString("UserType", "SELF");
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Appends <c>token</c>, <c>clientId</c> and <c>authType=2</c> (and <c>version=2</c> when asked) to a host URI.</summary>
    public static Uri WithCredentials(Uri baseUri, string token, string clientId, bool version)
    {
        var builder = new UriBuilder(baseUri);
        var existing = builder.Query.TrimStart('?');
        var query = (version ? "version=2&" : string.Empty)
            + "token=" + Uri.EscapeDataString(token)
            + "&clientId=" + Uri.EscapeDataString(clientId)
            + "&authType=2";
        builder.Query = existing.Length > 0 ? existing + "&" + query : query;
        return builder.Uri;
    }

    public static DhanFeedRequestCode SubscribeCode(DhanFeedMode mode) => mode switch
    {
        DhanFeedMode.Quote => DhanFeedRequestCode.SubscribeQuote,
        DhanFeedMode.Full => DhanFeedRequestCode.SubscribeFull,
        _ => DhanFeedRequestCode.SubscribeTicker,
    };

    public static DhanFeedRequestCode UnsubscribeCode(DhanFeedMode mode) => SubscribeCode(mode) + 1;
}
