using System.Runtime.InteropServices;
using Broker.Sandbox.Tool;

// The process plumbing only: Ctrl+C and SIGTERM cancel, stdout/stderr carry the output; the rest is SandboxToolRunner.
using var stop = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
return await SandboxToolRunner.RunAsync(args, Console.Out, Console.Error, stop.Token).ConfigureAwait(false);

void Cancel(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}
