using System.Text;
using Federation.GraphQL.Language;
using Federation.Gateway.Planning.Build;
using Federation.Gateway.Planning.Supergraph;

namespace Federation.Gateway.Planning.Plan;

/// <summary>
/// Last planning stage: turns the fetch graph into plan nodes. Groups are ordered by depth in the dependency graph
/// (parent and @requires dependencies); each depth runs in parallel. A mutation runs its root groups in order, each
/// followed by the entity fetches that hang from it.
/// </summary>
internal static class PlanEmitter
{
    public static QueryPlan Emit(SupergraphModel model, OperationDefinitionNode operation, FetchGraphBuilder graph)
    {
        if (graph.Roots.Count == 0) return new QueryPlan(operation.Operation, null, 0);
        var fetches = new Dictionary<FetchGroup, FetchNode>();
        foreach (var group in graph.Groups) fetches[group] = ToFetch(model, operation, group);
        PlanNode root;
        if (operation.Operation == OperationType.Mutation)
        {
            var steps = new List<PlanNode>();
            foreach (var r in graph.Roots.OrderBy(r => r.Order))
            {
                steps.Add(fetches[r]);
                var subtree = graph.Groups.Where(g => g != r && RootOf(g) == r).ToList();
                steps.AddRange(Levels(subtree, fetches));
            }
            root = Wrap(steps, sequence: true);
        }
        else
        {
            root = Wrap(Levels(graph.Groups, fetches), sequence: true);
        }
        return new QueryPlan(operation.Operation, root, graph.Groups.Count);
    }

    private static FetchGroup RootOf(FetchGroup g)
    {
        while (g.Parent is not null) g = g.Parent;
        return g;
    }

    private static List<PlanNode> Levels(IReadOnlyList<FetchGroup> groups, Dictionary<FetchGroup, FetchNode> fetches)
    {
        var depth = new Dictionary<FetchGroup, int>();
        int Depth(FetchGroup g)
        {
            if (depth.TryGetValue(g, out var d)) return d;
            depth[g] = 0;
            var value = g.Parent is null ? 0 : Depth(g.Parent) + 1;
            foreach (var dep in g.Dependencies) value = Math.Max(value, Depth(dep) + 1);
            return depth[g] = value;
        }
        var levels = groups.GroupBy(Depth).OrderBy(l => l.Key);
        var nodes = new List<PlanNode>();
        foreach (var level in levels)
        {
            var items = level.OrderBy(g => g.Id)
                .Select(g => g.IsEntityFetch ? new FlattenNode(g.Path, fetches[g]) : (PlanNode)fetches[g]).ToList();
            nodes.Add(Wrap(items, sequence: false));
        }
        return nodes;
    }

    private static PlanNode Wrap(List<PlanNode> nodes, bool sequence)
        => nodes.Count == 1 ? nodes[0] : sequence ? new SequenceNode(nodes) : new ParallelNode(nodes);

    private static FetchNode ToFetch(SupergraphModel model, OperationDefinitionNode operation, FetchGroup group)
    {
        var selection = group.Root.ToString();
        var variables = new SortedSet<string>(StringComparer.Ordinal);
        group.Root.CollectVariables(variables);
        var definitions = operation.VariableDefinitions.Where(v => variables.Contains(v.Variable.Name.Value)).Select(Printer.Print).ToList();
        var sb = new StringBuilder();
        var kind = group.IsEntityFetch ? OperationType.Query : operation.Operation;
        sb.Append(kind == OperationType.Mutation ? "mutation" : "query");
        if (group.IsEntityFetch) definitions.Insert(0, "$representations: [_Any!]!");
        if (definitions.Count > 0) sb.Append('(').AppendJoin(", ", definitions).Append(')');
        sb.Append(' ');
        if (group.IsEntityFetch) sb.Append("{ _entities(representations: $representations) ").Append(selection).Append(" }");
        else sb.Append(selection);
        var requirements = group.Requirements
            .Select(r =>
            {
                var text = r.Value.Fields.ToString();
                return new EntityRequirement(r.Key, r.Value.SentTypename.Length == 0 ? null : r.Value.SentTypename,
                    FieldSets.Parse(text[1..^1]), text);
            })
            .ToList();
        return new FetchNode(group.Id, group.Graph, model.Graphs[group.Graph].Name, kind, sb.ToString(), selection,
            variables.ToList(), requirements);
    }
}
