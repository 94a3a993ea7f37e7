using Federation.GraphQL;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Execution.Coercion;
using Federation.GraphQL.Language;
using Federation.Gateway.Execution.Http;
using Federation.Gateway.Execution.Plan;
using Federation.Gateway.Execution.Shaping;
using Federation.Gateway.Planning;
using Federation.Gateway.Planning.Supergraph;

namespace Federation.Gateway.Execution;

/// <summary>
/// Executes client requests over a supergraph: validate against the API schema and coerce variables (nothing reaches
/// a subgraph before), plan (cached), run the plan, then shape the response by the client's operation.
/// </summary>
public sealed class GatewayExecutor
{
    private readonly SubgraphClient _client;
    private readonly GatewayOptions _options;
    private readonly RequestExecutor _shaper;

    public GatewayExecutor(SupergraphModel supergraph, SubgraphClient client, GatewayOptions? options = null)
    {
        Supergraph = supergraph;
        _client = client;
        _options = options ?? new GatewayOptions();
        Planner = new QueryPlanner(supergraph);
        _shaper = ResponseShaper.Create(supergraph);
    }

    public SupergraphModel Supergraph { get; }

    /// <summary>The engine's executor over the API schema: validates documents, answers introspection, shapes responses.</summary>
    public RequestExecutor Shaper => _shaper;
    public QueryPlanner Planner { get; }

    public async ValueTask<ExecutionResult> ExecuteAsync(GatewayRequest request)
    {
        var prepared = _shaper.GetDocument(request.Query);
        if (prepared.Errors.Count > 0) return ExecutionResult.FromErrors(prepared.Errors);
        var document = prepared.Document!;
        var operation = FindOperation(document, request.OperationName);
        if (operation is null) return await _shaper.ExecuteAsync(ShaperRequest(request, document, null)).ConfigureAwait(false);
        var variables = request.Variables ?? new Dictionary<string, object?>();
        VariableCoercion.Coerce(Supergraph.ApiSchema, operation.VariableDefinitions, variables, out var variableErrors);
        if (variableErrors is not null) return ExecutionResult.FromErrors(variableErrors);
        Planning.Plan.QueryPlan plan;
        try
        {
            plan = Planner.Plan(document, request.OperationName);
        }
        catch (PlanningException ex)
        {
            return ExecutionResult.FromError(new GraphQLError("The gateway cannot plan this operation: " + ex.Message));
        }
        var run = new PlanRun(Supergraph, _client, UrlOf, variables, request.Traceparent, request.CancellationToken);
        if (plan.Root is not null) await run.RunAsync(plan.Root).ConfigureAwait(false);
        var shaped = await _shaper.ExecuteAsync(ShaperRequest(request, document, run.Data)).ConfigureAwait(false);
        if (run.Errors.Count == 0) return shaped;
        var errors = new List<GraphQLError>(run.Errors);
        if (shaped.Errors is { } own) errors.AddRange(own);
        return new ExecutionResult(shaped.Data, errors, shaped.HasData);
    }

    private static ExecutionRequest ShaperRequest(GatewayRequest request, DocumentNode document, object? data) => new()
    {
        Query = request.Query,
        OperationName = request.OperationName,
        Variables = request.Variables,
        RootValue = data,
        CancellationToken = request.CancellationToken,
    };

    private string UrlOf(string serviceName)
    {
        if (_options.SubgraphUrls.TryGetValue(serviceName, out var url)) return url;
        foreach (var graph in Supergraph.Graphs.Values)
        {
            if (graph.Name == serviceName) return graph.Url;
        }
        throw new InvalidOperationException($"Unknown subgraph {serviceName}.");
    }

    private static OperationDefinitionNode? FindOperation(DocumentNode document, string? name)
    {
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode op) continue;
            if (name is null)
            {
                if (found is not null) return null;
                found = op;
            }
            else if (op.Name?.Value == name)
            {
                return op;
            }
        }
        return found;
    }
}
