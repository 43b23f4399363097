using BenchmarkDotNet.Attributes;
using Broker.Dhan;
using Broker.Dhan.Instruments;
using Broker.Groww;
using Broker.Groww.Instruments;
using Broker.Instruments;
using Broker.Testing.Instruments;

namespace Broker.Benchmarks.Instruments;

/// <summary>
/// Parse-and-index of generated instrument masters with the brokers' real headers (Dhan detailed, 250,000 rows;
/// Groww, 170,000 rows; tests/Broker.Testing SyntheticInstrumentMasters), from memory, and the look-ups a trading
/// loop makes. "Allocated" is the managed allocation of one parse (the retained snapshot plus garbage), not peak memory.
/// </summary>
[MemoryDiagnoser]
public class InstrumentMasterBenchmarks
{
    private static readonly DateTimeOffset LoadedAt = new(2026, 9, 1, 8, 0, 0, TimeSpan.FromHours(5.5));
    private byte[] _dhan = null!;
    private byte[] _groww = null!;
    private DhanInstrumentSnapshot _dhanSnapshot = null!;
    private GrowwInstrumentSnapshot _growwSnapshot = null!;

    /// <summary>Generates both masters and parses each once for the look-ups.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _dhan = SyntheticInstrumentMasters.ToBytes(s => SyntheticInstrumentMasters.WriteDhanDetailed(s));
        _groww = SyntheticInstrumentMasters.ToBytes(s => SyntheticInstrumentMasters.WriteGroww(s));
        _dhanSnapshot = ParseDhan().GetAwaiter().GetResult();
        _growwSnapshot = ParseGroww().GetAwaiter().GetResult();
        Console.WriteLine($"// Dhan detailed {_dhan.Length:N0} B, Groww {_groww.Length:N0} B");
    }

    /// <summary>
    /// The same Dhan master through the hand-written CSV reader the SDK used before Sylvan.Data.Csv (Baseline/), so
    /// one run compares before and after.
    /// </summary>
    /// <returns>The snapshot.</returns>
    [Benchmark(Description = "Dhan detailed 250k rows: parse+index, hand CSV reader (before)")]
    public Task<DhanInstrumentSnapshot> ParseDhanHandReader() =>
        Baseline.BaselineDhanScripMasterParser.ParseAsync(new MemoryStream(_dhan, writable: false), "dhan-detailed.csv", LoadedAt);

    /// <summary>Dhan detailed master, 250,000 rows: parse and index.</summary>
    /// <returns>The snapshot.</returns>
    [Benchmark(Description = "Dhan detailed 250k rows: parse+index, Sylvan (after)")]
    public Task<DhanInstrumentSnapshot> ParseDhan() =>
        DhanScripMasterParser.ParseAsync(new MemoryStream(_dhan, writable: false), "dhan-detailed.csv", LoadedAt);

    /// <summary>The CSV layer alone, before: every field of every row of the Dhan master through the hand-written reader.</summary>
    /// <returns>The total field length, so nothing is optimised away.</returns>
    [Benchmark(Description = "Dhan detailed 250k rows: read every field, hand CSV reader (before)")]
    public async Task<long> ReadDhanFieldsHandReader()
    {
        var reader = new Baseline.CsvRecordReader(new MemoryStream(_dhan, writable: false), "dhan-detailed.csv");
        await using (reader)
        {
            await reader.ReadHeaderAsync();
            long total = 0;
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    total += reader.GetField(i).Length;
                }
            }

            return total;
        }
    }

    /// <summary>The CSV layer alone, after: every field of every row of the Dhan master through Sylvan.Data.Csv.</summary>
    /// <returns>The total field length, so nothing is optimised away.</returns>
    [Benchmark(Description = "Dhan detailed 250k rows: read every field, Sylvan (after)")]
    public async Task<long> ReadDhanFieldsSylvan()
    {
        var reader = await InstrumentMasterCsvReader.OpenAsync(new MemoryStream(_dhan, writable: false), "dhan-detailed.csv");
        await using (reader)
        {
            long total = 0;
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    total += reader.GetField(i).Length;
                }
            }

            return total;
        }
    }

    /// <summary>Groww master, 170,000 rows: parse and index.</summary>
    /// <returns>The snapshot.</returns>
    [Benchmark(Description = "Groww 170k rows: parse+index")]
    public Task<GrowwInstrumentSnapshot> ParseGroww() =>
        GrowwInstrumentParser.ParseAsync(new MemoryStream(_groww, writable: false), "instrument.csv", LoadedAt);

    /// <summary>Dhan look-up by (segment, security id).</summary>
    /// <returns>The result.</returns>
    [Benchmark(Description = "Dhan FindBySecurityId")]
    public InstrumentLookupResult<DhanInstrumentRecord> DhanBySecurityId() => _dhanSnapshot.FindBySecurityId(DhanExchangeSegment.NseEquity, "1234");

    /// <summary>Dhan look-up by trading symbol.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Description = "Dhan FindByTradingSymbol")]
    public InstrumentLookupResult<DhanInstrumentRecord> DhanByTradingSymbol() => _dhanSnapshot.FindByTradingSymbol("STOCK1234", DhanExchangeSegment.NseEquity);

    /// <summary>Groww look-up by (exchange, segment, exchange token).</summary>
    /// <returns>The result.</returns>
    [Benchmark(Description = "Groww FindByExchangeToken")]
    public InstrumentLookupResult<GrowwInstrumentRecord> GrowwByExchangeToken() => _growwSnapshot.FindByExchangeToken(GrowwExchange.Nse, GrowwSegment.Cash, "1234");

    /// <summary>Groww look-up by trading symbol.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Description = "Groww FindByTradingSymbol")]
    public InstrumentLookupResult<GrowwInstrumentRecord> GrowwByTradingSymbol() => _growwSnapshot.FindByTradingSymbol("STOCK1234", GrowwExchange.Nse, GrowwSegment.Cash);

    /// <summary>Groww look-up by groww symbol.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Description = "Groww FindByGrowwSymbol")]
    public InstrumentLookupResult<GrowwInstrumentRecord> GrowwByGrowwSymbol() => _growwSnapshot.FindByGrowwSymbol("NSE-STOCK1234");
}
