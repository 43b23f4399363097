using System.Runtime.InteropServices;
using Broker.Sandbox.Tool;

// The process plumbing only: Ctrl+C and SIGTERM cancel, stdout/stderr carry the output; the rest is SandboxToolRunner.
using var stop = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
#pragma warning disable RS0030 // Console is banned in the libraries; a command-line tool's stdout and stderr are its output.
return await SandboxToolRunner.RunAsync(args, Console.Out, Console.Error, stop.Token).ConfigureAwait(false);
#pragma warning restore RS0030

void Cancel(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}
