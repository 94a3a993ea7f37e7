using System.Collections.Concurrent;
using Federation.GraphQL.Language;
using Federation.Gateway.Planning.Build;
using Federation.Gateway.Planning.Normalize;
using Federation.Gateway.Planning.Plan;
using Federation.Gateway.Planning.Supergraph;

namespace Federation.Gateway.Planning;

/// <summary>
/// Plans operations over a supergraph: normalize, build the fetch graph, emit the plan. Plans are cached by document
/// and operation name (conditions travel to the subgraphs, so a plan does not depend on variable values).
/// </summary>
public sealed class QueryPlanner(SupergraphModel supergraph, int cacheSize = 1000)
{
    private readonly ConcurrentDictionary<(DocumentNode, string?), QueryPlan> _cache = new();

    public SupergraphModel Supergraph { get; } = supergraph;

    public QueryPlan Plan(DocumentNode document, string? operationName = null)
    {
        if (_cache.TryGetValue((document, operationName), out var cached)) return cached;
        var plan = PlanUncached(document, operationName);
        if (_cache.Count >= cacheSize) _cache.Clear();
        _cache[(document, operationName)] = plan;
        return plan;
    }

    public QueryPlan PlanUncached(DocumentNode document, string? operationName = null)
    {
        var operation = OperationNormalizer.Normalize(document, operationName);
        var builder = new FetchGraphBuilder(Supergraph);
        builder.Build(operation);
        return PlanEmitter.Emit(Supergraph, operation, builder);
    }

    public QueryPlan Plan(string query, string? operationName = null)
        => PlanUncached(Parser.Parse(query), operationName);
}
