using System.Globalization;

namespace Broker.Benchmarks.Infrastructure;

/// <summary>Reads <c>--name value</c> options of a harness.</summary>
internal static class HarnessArguments
{
    public static int Int(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, "--" + name);
        return index >= 0 && index + 1 < args.Length
            ? int.Parse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture)
            : fallback;
    }
}
