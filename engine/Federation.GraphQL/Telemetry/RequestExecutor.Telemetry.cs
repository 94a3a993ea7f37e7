using Federation.GraphQL.Telemetry;

namespace Federation.GraphQL.Execution;

public sealed partial class RequestExecutor
{
    internal const string ParseSpan = "graphql.parse";
    internal const string ValidateSpan = "graphql.validate";
    internal const string ExecuteSpan = "graphql.execute";

    /// <summary><see cref="ExecuteAsync"/> when a listener is attached: the request span with parse, validate and execute under it, and the request metrics.</summary>
    private async ValueTask<ExecutionResult> ExecuteInstrumentedAsync(ExecutionRequest request)
    {
        var telemetry = RequestTelemetry.Start(request, Options.Telemetry);
        try
        {
            var execution = Prepare(request, out var requestError);
            if (requestError is not null) return telemetry.Complete(requestError);
            telemetry.SetOperation(execution!.Operation);
            ExecutionResult result;
            using (var span = RequestTelemetry.StartPhase(ExecuteSpan))
            {
                execution.Tracer = telemetry.FieldTracer(execution.Tracer, span);
                result = await ExecuteOperation(execution).ConfigureAwait(false);
            }
            return telemetry.Complete(result);
        }
        catch (Exception ex)
        {
            telemetry.Fail(ex);
            throw;
        }
    }

    /// <summary><see cref="SubscribeAsync"/> when a listener is attached: a span (and measurements) for creating the event stream.</summary>
    private async ValueTask<SubscriptionResult> SubscribeInstrumentedAsync(ExecutionRequest request)
    {
        var telemetry = RequestTelemetry.Start(request, Options.Telemetry);
        try
        {
            var subscription = await SubscribeCoreAsync(request, telemetry).ConfigureAwait(false);
            if (subscription.Result is { } single) telemetry.Complete(single);
            else telemetry.Complete(Subscribed);
            return subscription;
        }
        catch (Exception ex)
        {
            telemetry.Fail(ex);
            throw;
        }
    }

    private static readonly ExecutionResult Subscribed = new(null, null);
}
