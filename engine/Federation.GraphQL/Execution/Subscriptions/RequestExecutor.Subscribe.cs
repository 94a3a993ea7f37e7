using System.Runtime.CompilerServices;
using Federation.GraphQL.Execution.DataLoader;
using Federation.GraphQL.Execution.Compilation;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;
using Federation.GraphQL.Utilities;

namespace Federation.GraphQL.Execution;

public sealed partial class RequestExecutor
{
    /// <summary>
    /// Spec 6.2.3 Subscribe: CreateSourceEventStream from the root field's subscriber (or, without one, a resolver that
    /// returns an IAsyncEnumerable), then MapSourceToResponseEvent, executing the selection set for each event.
    /// </summary>
    public ValueTask<SubscriptionResult> SubscribeAsync(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Telemetry.GraphQLTelemetry.IsActive ? SubscribeInstrumentedAsync(request) : SubscribeCoreAsync(request, null);
    }

    private async ValueTask<SubscriptionResult> SubscribeCoreAsync(ExecutionRequest request, Telemetry.RequestTelemetry? telemetry)
    {
        var execution = Prepare(request, out var requestError);
        if (requestError is not null) return SubscriptionResult.FromResult(requestError);
        var operation = execution!.Operation;
        telemetry?.SetOperation(operation);
        if (operation.Operation != OperationType.Subscription)
        {
            return SubscriptionResult.FromResult(ExecutionResult.FromError(new GraphQLError("Expected subscription operation.")));
        }
        var rootType = Schema.SubscriptionType;
        if (rootType is null)
        {
            return SubscriptionResult.FromResult(ExecutionResult.FromError(
                GraphQLError.At("Schema is not configured to execute subscription operation.", operation)));
        }
        var plan = execution.Collector.Collect(rootType, operation.SelectionSet);
        var rootPlanFields = plan.Fields;
        if (rootPlanFields.Length == 0)
        {
            var first = FirstField(operation.SelectionSet);
            return SubscriptionResult.FromResult(ExecutionResult.FromError(GraphQLError.At(
                $"The subscription field \"{first?.Name.Value}\" is not defined.", first)));
        }
        var field = rootPlanFields[0];
        var path = Path.Root.Append(field.ResponseName);
        IAsyncEnumerable<object?> source;
        var eventIsValue = false;
        try
        {
            var arguments = field.GetArguments(execution.Variables);
            var context = new ResolverContext(execution, rootType, field, request.RootValue, path, arguments);
            object? created;
            if (field.Field.Subscriber is { } subscriber)
            {
                created = await subscriber(context).ConfigureAwait(false);
            }
            else
            {
                created = await execution.RunResolver(context).ConfigureAwait(false);
                eventIsValue = field.Field.Resolver is not null;
            }
            source = created as IAsyncEnumerable<object?> ?? throw new GraphQLException(
                $"Subscription field must return Async Iterable. Received: {Inspect.Value(created)}.");
        }
        catch (Exception ex)
        {
            var error = ex is GraphQLException { Errors.Count: > 0 } g ? g.Errors[0] : new GraphQLError(ex.Message, exception: ex);
            if (error.Path is null) error = new GraphQLError(error.Message, error.Locations ?? field.Locations, path.ToList(), error.Extensions, error.Exception ?? ex);
            return SubscriptionResult.FromResult(ExecutionResult.FromError(error));
        }
        return SubscriptionResult.FromStream(MapSourceToResponseEvent(execution, rootType, source, eventIsValue, request.CancellationToken));
    }

    private async IAsyncEnumerable<ExecutionResult> MapSourceToResponseEvent(OperationExecution subscription, ObjectType rootType,
        IAsyncEnumerable<object?> source, bool eventIsValue, CancellationToken requestAborted,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, cancellationToken);
        var token = linked.Token;
        await using var events = source.GetAsyncEnumerator(token);
        while (true)
        {
            object? @event;
            try
            {
                if (!await events.MoveNextAsync().ConfigureAwait(false)) yield break;
                @event = events.Current;
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                yield break;
            }
            // Spec 6.2.3.2 ExecuteSubscriptionEvent: the event is the root value of a normal execution.
            var execution = new OperationExecution(this, subscription.Operation, subscription.Fragments, subscription.Variables,
                @event, subscription.Services, subscription.ContextData, new DataLoaderScope(subscription.Services, token), token)
            {
                IsSubscriptionEvent = true,
                EventIsFieldValue = eventIsValue,
                SharedPlans = subscription.SharedPlans,
            };
            ExecutionResult result;
            try
            {
                result = await execution.ExecuteAsync(rootType).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                yield break;
            }
            yield return result;
        }
    }

    private static FieldNode? FirstField(SelectionSetNode set)
    {
        foreach (var s in set.Selections)
        {
            if (s is FieldNode f) return f;
        }
        return null;
    }
}
