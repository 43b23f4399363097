using Broker.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace Broker.Benchmarks.Pipeline;

/// <summary>The SDK's retry alone (Microsoft.Extensions.Http.Resilience with the classification predicate), to attribute its cost.</summary>
internal static class RetryOnlyPipeline
{
    public static IHttpClientBuilder AddBrokerPipelineRetryOnly(this IHttpClientBuilder builder)
    {
        builder.AddResilienceHandler("bench", (pipeline, _) => pipeline.AddRetry(BrokerRetryStrategy.Create(new RetryOptions(), NullLogger.Instance)));
        return builder;
    }
}
