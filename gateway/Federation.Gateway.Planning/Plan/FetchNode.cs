using Federation.GraphQL.Language;

namespace Federation.Gateway.Planning.Plan;

/// <summary>One request to a subgraph: a root operation, or an <c>_entities</c> fetch with representations.</summary>
public sealed class FetchNode(int id, string graph, string serviceName, OperationType operation, string document,
    string selectionText, IReadOnlyList<string> variables, IReadOnlyList<EntityRequirement> requirements) : PlanNode
{
    public int Id { get; } = id;

    /// <summary>The join__Graph enum value of the subgraph.</summary>
    public string Graph { get; } = graph;

    public string ServiceName { get; } = serviceName;
    public OperationType Operation { get; } = operation;

    /// <summary>The GraphQL document sent to the subgraph.</summary>
    public string Document { get; } = document;

    /// <summary>The selection set of the fetch on one line (plan printing).</summary>
    public string SelectionText { get; } = selectionText;

    /// <summary>The client's variables this fetch forwards.</summary>
    public IReadOnlyList<string> Variables { get; } = variables;

    public IReadOnlyList<EntityRequirement> Requirements { get; } = requirements;
    public bool IsEntityFetch => Requirements.Count > 0;
}
