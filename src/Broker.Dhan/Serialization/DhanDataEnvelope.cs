namespace Broker.Dhan.Serialization;

/// <summary>The data APIs' wrapper <c>{"data": …, "status": "success"}</c> (errors are caught before this is read).</summary>
/// <typeparam name="T">The payload type.</typeparam>
internal sealed class DhanDataEnvelope<T>
{
    public T? Data { get; init; }

    public string? Status { get; init; }
}
