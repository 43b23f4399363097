namespace Broker.Samples.Webhook.Configuration;

/// <summary>Where the broker's instrument master comes from (<c>Webhook:Instruments</c>).</summary>
internal sealed class InstrumentSourceOptions
{
    /// <summary>
    /// The master's address; <see langword="null"/> for the broker's documented file (Dhan's detailed scrip master,
    /// Groww's <c>instrument.csv</c>). Must be HTTPS or loopback.
    /// </summary>
    public Uri? Address { get; set; }

    /// <summary>A file to cache the master in, so a restart does not download it again; <see langword="null"/> for none.</summary>
    public string? CacheFilePath { get; set; }
}
