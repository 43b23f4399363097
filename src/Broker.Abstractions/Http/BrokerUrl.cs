namespace Broker.Http;

/// <summary>Builds request addresses the same way for both brokers: a base address, a relative path, a query.</summary>
internal static class BrokerUrl
{
    /// <summary>Escapes a value for use as one path segment (an id that has passed the path-segment check).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The escaped segment.</returns>
    public static string Segment(string value) => Uri.EscapeDataString(value);

    /// <summary>
    /// <paramref name="root"/> + <paramref name="path"/> + <paramref name="query"/> as one absolute address, built as one
    /// string. The root is taken as a directory (a missing trailing slash is supplied), so <c>…/v2</c> keeps its
    /// <c>v2</c> segment.
    /// </summary>
    /// <param name="root">The base address.</param>
    /// <param name="path">The path below it, without a leading slash, such as <c>v1/order/create</c>.</param>
    /// <param name="query">The query.</param>
    /// <returns>The address.</returns>
    public static Uri Combine(Uri root, string path, BrokerQuery query = default)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(path);
        var text = root.AbsoluteUri;
        return new Uri(string.Concat(text, text.EndsWith('/') ? string.Empty : "/", path, query.ToString()), UriKind.Absolute);
    }
}
