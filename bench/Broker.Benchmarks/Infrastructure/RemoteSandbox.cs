using System.Diagnostics;

namespace Broker.Benchmarks.Infrastructure;

/// <summary>A sandbox in a child process (<see cref="SandboxServerHarness"/>), stopped by closing its standard input.</summary>
internal sealed class RemoteSandbox : IDisposable
{
    private readonly Process _process;

    private RemoteSandbox(Process process, Uri baseAddress, string growwAccessToken)
    {
        _process = process;
        BaseAddress = baseAddress;
        GrowwAccessToken = growwAccessToken;
    }

    public Uri BaseAddress { get; }

    public string GrowwAccessToken { get; }

    public static RemoteSandbox Start()
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
        }

        start.ArgumentList.Add("sandbox-server");
        var process = Process.Start(start) ?? throw new InvalidOperationException("The sandbox process did not start.");
        var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("The sandbox process exited before it was ready.");
        var parts = line.Split(' ');
        if (parts.Length != 3 || parts[0] != "READY")
        {
            process.Kill();
            throw new InvalidOperationException($"Unexpected first line from the sandbox process: {line}");
        }

        return new RemoteSandbox(process, new Uri(parts[1]), parts[2]);
    }

    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(10_000))
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
