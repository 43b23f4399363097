using Broker.Sandbox.Logging;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Broker.Sandbox.Hosting;

/// <summary>
/// Runs one request through the sandbox: record arrival, apply an injected fault, identify the caller, enforce the
/// rate limit, run the handler, write (or drop) the answer, record the outcome.
/// </summary>
internal sealed class EndpointPipeline(SandboxContext context)
{
    private const int MaxBodyBytes = 1 << 20;

    public async Task InvokeAsync(HttpContext http, SandboxEndpoint endpoint)
    {
        var sequence = context.Requests.NextSequence();
        var arrivedAt = context.Clock.GetUtcNow();
        var elapsed = context.Elapsed();
        var outcome = new Outcome();

        // Recorded before the answer (or the abort) leaves, so a test that has seen the answer also sees the record.
        outcome.OnSettled = () =>
        {
            context.Requests.Add(new SandboxRequest(
                sequence, arrivedAt, elapsed, endpoint.Broker, endpoint.Name, endpoint.Category, http.Request.Method,
                http.Request.Path.Value ?? "/", outcome.StatusCode, outcome.Account, outcome.Fault, outcome.RateLimited));
            if (context.Logger.IsEnabled(LogLevel.Debug))
            {
                var path = http.Request.Path.Value ?? "/";
                SandboxLog.Served(context.Logger, http.Request.Method, path, endpoint.Name, outcome.StatusCode);
            }
        };
        try
        {
            await RunAsync(http, endpoint, outcome).ConfigureAwait(false);
        }
        finally
        {
            outcome.Settle();
        }
    }

    private async Task RunAsync(HttpContext http, SandboxEndpoint endpoint, Outcome outcome)
    {
        var fault = context.Faults.TryTake(endpoint.Name);
        if (fault is not null)
        {
            outcome.Fault = fault.Kind;
            var description = fault.ToString();
            SandboxLog.FaultInjected(context.Logger, endpoint.Name, description);
        }

        switch (fault?.Kind)
        {
            case FaultKind.Delay:
                try
                {
                    await Task.Delay(fault.DelayDuration, TimeProvider.System, http.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return; // The client gave up; nothing to answer.
                }

                break;
            case FaultKind.ResetBeforeResponse:
                outcome.Settle();
                http.Abort();
                return;
            case FaultKind.Status:
                await WriteAsync(http, endpoint.Protocol.ForStatus(fault.StatusCode), outcome).ConfigureAwait(false);
                return;
            case FaultKind.TooManyRequests:
                await WriteAsync(http, endpoint.Protocol.RateLimited(), outcome).ConfigureAwait(false);
                return;
            case FaultKind.HtmlErrorPage:
                await WriteAsync(http, SandboxResponse.Html(fault.StatusCode), outcome).ConfigureAwait(false);
                return;
        }

        var body = await ReadBodyAsync(http).ConfigureAwait(false);
        var response = Handle(new RequestData(http, body), endpoint, outcome);
        switch (fault?.Kind)
        {
            case FaultKind.AcceptThenDrop:
                outcome.Settle();
                http.Abort();
                return;
            case FaultKind.MalformedJson:
                response = response.Truncated();
                break;
        }

        await WriteAsync(http, response, outcome).ConfigureAwait(false);
    }

    private SandboxResponse Handle(RequestData request, SandboxEndpoint endpoint, Outcome outcome)
    {
        lock (context.Gate)
        {
            try
            {
                var auth = endpoint.Authenticate(request);
                if (auth.Error is not null)
                {
                    SandboxLog.Refused(context.Logger, endpoint.Name, auth.Reason ?? "not authenticated");
                    return auth.Error;
                }

                outcome.Account = auth.AccountId;
                var rateKey = auth.AccountId ?? "anonymous";
                if (context.Options.EnforceRateLimits
                    && !context.RateLimiter.TryAcquire(endpoint.Broker, rateKey, endpoint.Category, context.Elapsed()))
                {
                    outcome.RateLimited = true;
                    SandboxLog.RateLimited(context.Logger, endpoint.Broker, endpoint.Name, endpoint.Category, rateKey);
                    return endpoint.Protocol.RateLimited();
                }

                return endpoint.Handle(request, auth);
            }
            catch (FieldException ex)
            {
                SandboxLog.Refused(context.Logger, endpoint.Name, ex.Message);
                return endpoint.Protocol.InvalidField(ex.Message);
            }
            catch (SandboxErrorException ex)
            {
                return ex.Response;
            }
#pragma warning disable CA1031 // A bug in a handler must still answer like the broker's 500, not kill the connection.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                SandboxLog.HandlerFailed(context.Logger, endpoint.Name, ex);
                return endpoint.Protocol.ForStatus(500);
            }
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContext http)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static async Task WriteAsync(HttpContext http, SandboxResponse response, Outcome outcome)
    {
        outcome.StatusCode = response.StatusCode;
        outcome.Settle();
        http.Response.StatusCode = response.StatusCode;
        if (response.Location is not null)
        {
            http.Response.Headers.Location = response.Location;
        }

        if (response.Body.Length > 0)
        {
            http.Response.ContentType = response.ContentType;
            http.Response.ContentLength = response.Body.Length;
            await http.Response.Body.WriteAsync(response.Body, http.RequestAborted).ConfigureAwait(false);
        }
    }

    private sealed class Outcome
    {
        public int StatusCode { get; set; }

        public string? Account { get; set; }

        public FaultKind? Fault { get; set; }

        public bool RateLimited { get; set; }

        public Action? OnSettled { get; set; }

        /// <summary>Records the request once, with what is known of its outcome now.</summary>
        public void Settle()
        {
            var settle = OnSettled;
            OnSettled = null;
            settle?.Invoke();
        }
    }
}
