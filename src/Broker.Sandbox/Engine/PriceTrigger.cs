namespace Broker.Sandbox.Engine;

/// <summary>A trigger price and the direction the price reaches it from.</summary>
/// <param name="Price">The trigger price, in rupees.</param>
/// <param name="Direction">Whether a rise or a fall reaches it.</param>
internal readonly record struct PriceTrigger(decimal Price, TriggerDirection Direction)
{
    /// <summary>
    /// Whether <paramref name="last"/> reaches the trigger: touching it counts, and so does a price already past it
    /// (a tick can gap through a trigger without ever printing it).
    /// </summary>
    /// <param name="last">The last traded price.</param>
    /// <returns><see langword="true"/> when the trigger is reached.</returns>
    public bool IsReachedBy(decimal last) => Direction == TriggerDirection.Rise ? last >= Price : last <= Price;

    /// <summary>
    /// A trigger that waits for the price to come to it from where it is now: one at or above <paramref name="from"/>
    /// waits for a rise, one below it for a fall. For orders whose API gives no direction (Dhan's forever orders).
    /// </summary>
    /// <param name="price">The trigger price.</param>
    /// <param name="from">The price when the trigger was set.</param>
    /// <returns>The trigger.</returns>
    public static PriceTrigger Toward(decimal price, decimal from) =>
        new(price, price >= from ? TriggerDirection.Rise : TriggerDirection.Fall);
}
