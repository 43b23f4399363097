using System.Globalization;

namespace Broker.Dhan.Feeds;

/// <summary>
/// The numeric exchange-segment codes of Dhan's binary feeds (spec §7.1): <c>IDX_I</c>=0, <c>NSE_EQ</c>=1,
/// <c>NSE_FNO</c>=2, <c>NSE_CURRENCY</c>=3, <c>BSE_EQ</c>=4, <c>MCX_COMM</c>=5, <c>BSE_CURRENCY</c>=7, <c>BSE_FNO</c>=8.
/// </summary>
internal static class DhanFeedSegments
{
    private static readonly DhanExchangeSegment[] ByCode =
    [
        DhanExchangeSegment.Index,
        DhanExchangeSegment.NseEquity,
        DhanExchangeSegment.NseFno,
        DhanExchangeSegment.NseCurrency,
        DhanExchangeSegment.BseEquity,
        DhanExchangeSegment.McxCommodity,
        new("6"),
        DhanExchangeSegment.BseCurrency,
        DhanExchangeSegment.BseFno,
    ];

    /// <summary>The segment a feed byte stands for; codes without a name come back as their number in text (never throws).</summary>
    /// <param name="code">The byte from a packet header.</param>
    /// <returns>The segment.</returns>
    public static DhanExchangeSegment FromCode(byte code) =>
        code < ByCode.Length ? ByCode[code] : new DhanExchangeSegment(code.ToString(CultureInfo.InvariantCulture));

    /// <summary>The feed byte of a segment.</summary>
    /// <param name="segment">The segment.</param>
    /// <param name="code">The byte, when the segment has one.</param>
    /// <returns><see langword="false"/> for segments without a documented code (such as <c>NSE_COMM</c>).</returns>
    public static bool TryGetCode(DhanExchangeSegment segment, out byte code)
    {
        for (var i = 0; i < ByCode.Length; i++)
        {
            if (i != 6 && string.Equals(ByCode[i].Value, segment.Value, StringComparison.Ordinal))
            {
                code = (byte)i;
                return true;
            }
        }

        code = 0;
        return false;
    }
}
