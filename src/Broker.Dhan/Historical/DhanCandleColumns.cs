using Broker.Errors;
using Broker.Time;

namespace Broker.Dhan.Historical;

/// <summary>Turns Dhan's parallel arrays into candle records, refusing arrays of different lengths.</summary>
internal static class DhanCandleColumns
{
    public static List<DhanCandle> ToCandles(CandleColumns columns, string endpoint)
    {
        var times = columns.Timestamp ?? [];
        var openInterest = columns.OpenInterest ?? columns.Oi;
        Check(times.Count, endpoint, 4, columns.Open, columns.High, columns.Low, columns.Close, columns.Volume, openInterest);
        var candles = new List<DhanCandle>(times.Count);
        for (var i = 0; i < times.Count; i++)
        {
            candles.Add(new DhanCandle(
                IndianTime.FromEpoch((long)times[i]),
                columns.Open![i],
                columns.High![i],
                columns.Low![i],
                columns.Close![i],
                columns.Volume is { } volume ? (long)volume[i] : 0,
                openInterest is { } oi ? (long)oi[i] : null));
        }

        return candles;
    }

    public static List<DhanExpiredOptionCandle> ToOptionCandles(CandleColumns? columns, string endpoint)
    {
        if (columns is null)
        {
            return [];
        }

        var times = columns.Timestamp ?? [];
        // The caller picks the columns (requiredData): any of them, open-high-low-close included, may come back empty.
        Check(times.Count, endpoint, 0, columns.Open, columns.High, columns.Low, columns.Close, columns.Volume, columns.Oi, columns.Iv, columns.Strike, columns.Spot);
        var candles = new List<DhanExpiredOptionCandle>(times.Count);
        for (var i = 0; i < times.Count; i++)
        {
            candles.Add(new DhanExpiredOptionCandle(IndianTime.FromEpoch((long)times[i]))
            {
                Open = At(columns.Open, i),
                High = At(columns.High, i),
                Low = At(columns.Low, i),
                Close = At(columns.Close, i),
                Volume = At(columns.Volume, i) is { } v ? (long)v : null,
                OpenInterest = At(columns.Oi, i) is { } oi ? (long)oi : null,
                ImpliedVolatility = At(columns.Iv, i),
                Strike = At(columns.Strike, i),
                Spot = At(columns.Spot, i),
            });
        }

        return candles;
    }

    private static decimal? At(List<decimal>? column, int index) => column is null || column.Count == 0 ? null : column[index];

    private static void Check(int count, string endpoint, int requiredColumns, params List<decimal>?[] columns)
    {
        // The first requiredColumns must match the timestamps; the others may be absent or empty.
        for (var c = 0; c < columns.Length; c++)
        {
            var column = columns[c];
            var required = c < requiredColumns;
            var length = column?.Count ?? 0;
            if ((required && count > 0 && length != count) || (!required && length != 0 && length != count))
            {
                throw new BrokerApiException($"Dhan {endpoint} answered with candle arrays of different lengths ({count} timestamps, {length} values in column {c + 1}).")
                {
                    Broker = Errors.DhanErrorReader.Broker,
                    Endpoint = endpoint,
                    StatusCode = 200,
                    Category = ErrorCategory.InvalidResponse,
                };
            }
        }
    }
}
