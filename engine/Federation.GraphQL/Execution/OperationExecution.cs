using Federation.GraphQL.Execution.DataLoader;
using Federation.GraphQL.Execution.Compilation;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution;

/// <summary>
/// One run of an operation (spec 6.2): the coerced inputs, the field plans, the errors raised so far and the
/// DataLoader scope. The executing methods live in the partial files beside this one.
/// </summary>
internal sealed partial class OperationExecution
{
    private readonly RequestExecutor _executor;

    public OperationExecution(
        RequestExecutor executor,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        object? rootValue,
        IServiceProvider services,
        IDictionary<string, object?> contextData,
        DataLoaderScope loaders,
        CancellationToken cancellationToken)
    {
        _executor = executor;
        Schema = executor.Schema;
        Operation = operation;
        Variables = variables;
        RootValue = rootValue;
        Services = services;
        ContextData = contextData;
        DataLoaders = loaders;
        CancellationToken = cancellationToken;
        Fragments = fragments;
        Collector = new FieldCollector(Schema, fragments, variables, executor.GetPipeline);
    }

    public Schema Schema { get; }
    public OperationDefinitionNode Operation { get; }
    public IReadOnlyDictionary<string, object?> Variables { get; }
    public object? RootValue { get; }
    public IServiceProvider Services { get; }
    public IDictionary<string, object?> ContextData { get; }
    public DataLoaderScope DataLoaders { get; }
    public CancellationToken CancellationToken { get; }
    public FieldCollector Collector { get; }
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }
    public ExecutionErrors Errors { get; } = new();

    /// <summary>The response path during the synchronous part of the execution (see <see cref="PathStack"/>).</summary>
    private PathStack Paths { get; } = new();

    /// <summary>Value storage of the result maps completed during the synchronous part of the execution.</summary>
    private ResultSlab Slab => _slab ??= new ResultSlab(SharedPlans?.ResultSlots ?? 0);

    private ResultSlab? _slab;

    /// <summary>The cached document whose plans this execution shares (operations without variables), else null.</summary>
    public PreparedDocument? SharedPlans { get; init; }

    /// <summary>True while executing the root selection set of a subscription event (the event is the root value).</summary>
    public bool IsSubscriptionEvent { get; init; }

    /// <summary>True when the root field's resolver created the event stream: each event is then the field's value.</summary>
    public bool EventIsFieldValue { get; init; }

    /// <summary>Spec 6.2.1-6.2.3: executes the root selection set (serially for mutations) and builds the result.</summary>
    public async ValueTask<ExecutionResult> ExecuteAsync(ObjectType rootType)
    {
        var plan = SharedPlans is { } shared ? shared.GetRootPlan(Operation, rootType, Collector) : Collector.Collect(rootType, Operation.SelectionSet);
        ValueTask<object?> pending;
        DataLoaders.Enter();
        try
        {
            pending = Operation.Operation == OperationType.Mutation
                ? ExecuteFieldsSerially(rootType, RootValue, null, plan)
                : ExecuteFields(rootType, RootValue, null, plan);
        }
        finally
        {
            DataLoaders.Exit();
        }
        if (SharedPlans is { } plans && _slab is { } slab) plans.ResultSlots = slab.Handed;
        var data = pending.IsCompleted ? pending.Result : await pending.ConfigureAwait(false);
        if (data is PropagatedError propagated)
        {
            Errors.Add(propagated.Error, null);
            data = null;
        }
        CancellationToken.ThrowIfCancellationRequested();
        return new ExecutionResult((ResultMap?)data, Errors.Close());
    }
}

/// <summary>A completion result that is an error instead of a value: errors are returned, not thrown (spec 6.4.4).</summary>
internal abstract class FieldFailure(GraphQLError error)
{
    public GraphQLError Error { get; } = error;
}

/// <summary>A field error, located, on its way to the nearest nullable position (spec 6.4.4 Handling Field Errors).</summary>
internal sealed class PropagatedError(GraphQLError error) : FieldFailure(error);

/// <summary>
/// An error raised by completing the value of the current position (null for non-null, invalid leaf value, value not
/// a list, ...); the position's handler gives it its locations and path.
/// </summary>
internal sealed class CompletionError(GraphQLError error) : FieldFailure(error);
