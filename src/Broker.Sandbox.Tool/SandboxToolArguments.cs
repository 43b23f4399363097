using System.Globalization;

namespace Broker.Sandbox.Tool;

/// <summary>The command line of <c>broker-sandbox</c>, parsed and checked before anything starts.</summary>
internal sealed record SandboxToolArguments
{
    /// <summary>The port a paper-trading server listens on unless told otherwise: fixed, so that other programs can be configured once.</summary>
    public const int DefaultPort = 5080;

    public const string Usage = """
        broker-sandbox: Groww v1 and Dhan v2 on loopback for paper trading (Broker.Sandbox).

        Usage: broker-sandbox [--port N] [--price-walk SECONDS|off] [--no-rate-limits] [--seed N] [--quiet]

          --port N              the 127.0.0.1 port to listen on (default 5080; 0 = any free port)
          --price-walk SECONDS  one random-walk step of every price each SECONDS (default 1; "off" keeps prices still)
          --no-rate-limits      record requests over the brokers' rate limits instead of answering them with 429
          --seed N              the price walk's seed, for a repeatable session (default 2026)
          --quiet               do not print each request (the log is still served at /_sandbox/requests)
          --help                this text

        Stop it with Ctrl+C.
        """;

    public int Port { get; init; } = DefaultPort;

    public TimeSpan? PriceWalkInterval { get; init; } = TimeSpan.FromSeconds(1);

    public bool EnforceRateLimits { get; init; } = true;

    public int? Seed { get; init; }

    public bool Quiet { get; init; }

    public bool ShowHelp { get; init; }

    /// <summary>Parses the arguments; a wrong one is a <see cref="FormatException"/> whose message names it.</summary>
    public static SandboxToolArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new SandboxToolArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            parsed = name switch
            {
                "--help" or "-h" or "-?" => parsed with { ShowHelp = true },
                "--no-rate-limits" => parsed with { EnforceRateLimits = false },
                "--quiet" or "-q" => parsed with { Quiet = true },
                "--port" or "-p" => parsed with { Port = ParsePort(Value(args, ref i, name)) },
                "--price-walk" => parsed with { PriceWalkInterval = ParseWalk(Value(args, ref i, name)) },
                "--seed" => parsed with { Seed = ParseInt(Value(args, ref i, name), name) },
                _ => throw new FormatException($"Unknown argument '{name}'. Run broker-sandbox --help."),
            };
        }

        return parsed;
    }

    /// <summary>The sandbox's options for these arguments, with the control routes on.</summary>
    public SandboxOptions ToSandboxOptions()
    {
        var options = new SandboxOptions
        {
            Port = Port,
            PriceWalkInterval = PriceWalkInterval,
            EnforceRateLimits = EnforceRateLimits,
            ControlApi = true,
        };
        if (Seed is { } seed)
        {
            options.PriceWalkSeed = seed;
        }

        return options;
    }

    private static string Value(IReadOnlyList<string> args, ref int i, string name)
    {
        if (i + 1 >= args.Count)
        {
            throw new FormatException($"{name} needs a value. Run broker-sandbox --help.");
        }

        return args[++i];
    }

    private static int ParsePort(string value)
    {
        var port = ParseInt(value, "--port");
        return port is >= 0 and <= 65535 ? port : throw new FormatException($"--port must be from 0 to 65535, not {port}.");
    }

    private static TimeSpan? ParseWalk(string value)
    {
        if (string.Equals(value, "off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0.01 and <= 3600
            ? TimeSpan.FromSeconds(seconds)
            : throw new FormatException($"--price-walk must be a number of seconds from 0.01 to 3600, or off; not '{value}'.");
    }

    private static int ParseInt(string value, string name) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"{name} must be a whole number, not '{value}'.");
}
