using System.IO.Compression;
using Broker.Errors;
using Broker.Testing;

namespace Broker.IntegrationTests.Hostile;

/// <summary>
/// Bodies are bounded: a 200 MB answer or a gzip bomb ends in a typed exception, read into pooled chunks, so the heap
/// grows by less than the cap (an answer over the cap is never copied into an array of its own). Run alone (allocations are counted process-wide, so no other test may run beside them).
/// </summary>
[Collection(SerialMeasurements.Name)]
public sealed class HostileMemoryTests
{
    [Theory]
    [MemberData(nameof(HostileTarget.Brokers), MemberType = typeof(HostileTarget))]
    public async Task A_200_megabyte_answer_is_refused_at_the_cap_without_reading_it_all(string broker)
    {
        const long cap = 4 * 1024 * 1024;
        await using var target = HostileTarget.Create(
            broker,
            async (_, c) =>
            {
                // No Content-Length: the body is sent until the client goes away.
                await c.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"a\":\"");
                await c.WriteZerosAsync(200L * 1024 * 1024);
            },
            o => o.MaxResponseBytes = cap).Start();
        await WarmUpAsync(target);

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var error = await Assert.ThrowsAsync<BrokerApiException>(() => target.ReadAsync());
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(ErrorCategory.InvalidResponse, error.Category);
        Assert.Contains("cap", error.Message, StringComparison.Ordinal);
        Assert.True(allocated < cap, $"allocated {allocated:N0} bytes for a cap of {cap:N0}");
    }

    [Theory]
    [MemberData(nameof(HostileTarget.Brokers), MemberType = typeof(HostileTarget))]
    public async Task A_gzip_bomb_is_stopped_at_the_cap(string broker)
    {
        const long cap = 2 * 1024 * 1024;
        var bomb = GzipOfZeros(128L * 1024 * 1024);
        await using var target = HostileTarget.Create(
            broker,
            (_, c) => c.WriteAsync(RawHttpServer.Response(200, bomb, "application/json", "Content-Encoding: gzip")),
            o => o.MaxResponseBytes = cap).Start();
        await WarmUpAsync(target);

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var error = await Assert.ThrowsAsync<BrokerApiException>(() => target.ReadAsync());
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(ErrorCategory.InvalidResponse, error.Category);
        Assert.True(allocated < cap, $"allocated {allocated:N0} bytes for a cap of {cap:N0} (bomb of {bomb.Length:N0} compressed bytes)");
    }

    private static async Task WarmUpAsync(HostileTarget target)
    {
        // Token mint and first connection happen outside the measured call.
        try
        {
            await target.GetOrderAsync("warm-up");
        }
        catch (BrokerException)
        {
        }
    }

    private static byte[] GzipOfZeros(long length)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < length; written += zeros.Length)
            {
                gzip.Write(zeros);
            }
        }

        return buffer.ToArray();
    }
}

/// <summary>Tests that measure process-wide quantities run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialMeasurements
{
    public const string Name = "Serial measurements";
}
