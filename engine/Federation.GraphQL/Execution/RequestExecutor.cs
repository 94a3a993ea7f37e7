using System.Collections.Concurrent;
using Federation.GraphQL.Execution.Coercion;
using Federation.GraphQL.Execution.DataLoader;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;
using Federation.GraphQL.Validation;

namespace Federation.GraphQL.Execution;

/// <summary>
/// Executes requests against a schema (spec 6.1 ExecuteRequest): parse and validate through a document cache, select
/// the operation, coerce the variables, then execute a query, a mutation or a subscription.
/// </summary>
public sealed partial class RequestExecutor : IRequestExecutor
{
    private readonly ConcurrentDictionary<Field, FieldDelegate?> _pipelines = new(ReferenceEqualityComparer.Instance);
    private readonly Func<Field, FieldDelegate?> _createPipeline;

    public RequestExecutor(Schema schema, ExecutorOptions? options = null)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        Options = options ?? new ExecutorOptions();
        Documents = new DocumentCache(Options.DocumentCacheSize);
        _createPipeline = CreatePipeline;
        _prepareText = text => Prepare(() => Parser.Parse(text, Options.ParserOptions));
        _prepareUtf8 = utf8 => Prepare(() => Parser.Parse(utf8.Span, Options.ParserOptions));
    }

    public Schema Schema { get; }

    public ExecutorOptions Options { get; }

    public DocumentCache Documents { get; }

    /// <summary>Executes a query or mutation. Request errors give a result without data; field errors a partial result.</summary>
    public ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Telemetry.GraphQLTelemetry.IsActive) return ExecuteInstrumentedAsync(request);
        var prepared = Prepare(request, out var requestError);
        if (requestError is not null) return new(requestError);
        return ExecuteOperation(prepared!);
    }

    private ValueTask<ExecutionResult> ExecuteOperation(OperationExecution execution)
    {
        var rootType = Schema.GetRootType(execution.Operation.Operation);
        if (rootType is null)
        {
            var name = execution.Operation.Operation.ToString().ToLowerInvariant();
            return new(new ExecutionResult(null, [GraphQLError.At($"Schema is not configured to execute {name} operation.", execution.Operation)]));
        }
        // A subscription sent to ExecuteAsync runs once, like a query of the subscription root type (as graphql-js execute does).
        return execution.ExecuteAsync(rootType);
    }

    /// <summary>Parse + validate (cached), select the operation, coerce variables.</summary>
    private OperationExecution? Prepare(ExecutionRequest request, out ExecutionResult? error)
    {
        error = null;
        DocumentNode document;
        PreparedDocument? cachedDocument = null;
        if (request.QueryUtf8 is not null || request.Query is not null)
        {
            var prepared = cachedDocument = request.QueryUtf8 is { } utf8 ? GetDocument(utf8) : GetDocument(request.Query!);
            if (prepared.Errors.Count > 0)
            {
                error = ExecutionResult.FromErrors(prepared.Errors);
                return null;
            }
            document = prepared.Document!;
        }
        else if (request.Document is { } given)
        {
            if (Options.ValidateDocuments)
            {
                using var validating = Telemetry.RequestTelemetry.StartPhase(ValidateSpan);
                var errors = DocumentValidator.Validate(Schema, given);
                Telemetry.RequestTelemetry.Fail(validating, errors);
                if (errors.Count > 0)
                {
                    error = ExecutionResult.FromErrors(errors);
                    return null;
                }
            }
            document = given;
        }
        else
        {
            error = ExecutionResult.FromError(new GraphQLError("Must provide document."));
            return null;
        }
        var operation = PreparedDocument.GetOperation(document, request.OperationName, out var selectionError);
        if (operation is null)
        {
            error = ExecutionResult.FromError(selectionError!);
            return null;
        }
        var variables = VariableCoercion.Coerce(Schema, operation.VariableDefinitions, JsonInput.Normalize(request.Variables), out var variableErrors);
        if (variableErrors is not null)
        {
            error = ExecutionResult.FromErrors(variableErrors);
            return null;
        }
        var services = request.Services ?? EmptyServices.Instance;
        return new OperationExecution(this, operation, Fragments(document), variables, request.RootValue, services,
            request.ContextData ?? new Dictionary<string, object?>(), new DataLoaderScope(services, request.CancellationToken),
            request.CancellationToken)
        {
            Tracer = request.FieldTracer,
            SharedPlans = operation.VariableDefinitions.Count == 0 ? cachedDocument : null,
        };
    }

    private static Dictionary<string, FragmentDefinitionNode> Fragments(DocumentNode document)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment) fragments[fragment.Name.Value] = fragment;
        }
        return fragments;
    }

    /// <summary>The composed middleware pipeline of a field, built once (null when the resolver is called directly).</summary>
    internal FieldDelegate? GetPipeline(Field field) => _pipelines.GetOrAdd(field, _createPipeline);

    private FieldDelegate? CreatePipeline(Field field)
    {
        var global = Options.Middleware;
        var applyGlobal = global.Count > 0 && (field.Resolver is not null || Options.ApplyMiddlewareToDefaultResolvers);
        if (field.Middleware.Count == 0 && !applyGlobal) return null;
        FieldDelegate next = ResolveTerminal;
        for (var i = field.Middleware.Count - 1; i >= 0; i--) next = field.Middleware[i](next);
        if (applyGlobal)
        {
            for (var i = global.Count - 1; i >= 0; i--) next = global[i](next);
        }
        return next;
    }

    private static ValueTask ResolveTerminal(IMiddlewareContext context)
    {
        var resolved = context.ResolveAsync();
        if (resolved.IsCompletedSuccessfully)
        {
            context.Result = resolved.Result;
            return default;
        }
        return Await(resolved, context);

        static async ValueTask Await(ValueTask<object?> resolved, IMiddlewareContext context)
            => context.Result = await resolved.ConfigureAwait(false);
    }

    internal sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();
        public object? GetService(Type serviceType) => null;
    }
}
