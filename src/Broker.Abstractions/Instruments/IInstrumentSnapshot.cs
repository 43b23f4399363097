namespace Broker.Instruments;

/// <summary>One immutable, fully indexed copy of a broker's instrument master. Catalogues swap whole snapshots atomically.</summary>
public interface IInstrumentSnapshot
{
    /// <summary>When the master was downloaded or read, in IST.</summary>
    DateTimeOffset LoadedAt { get; }

    /// <summary>Where it came from: a URL, a file path, or a description of a stream.</summary>
    string Source { get; }

    /// <summary>The number of instruments.</summary>
    int Count { get; }
}
