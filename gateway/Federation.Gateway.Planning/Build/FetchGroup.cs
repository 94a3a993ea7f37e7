using Federation.GraphQL.Language;

namespace Federation.Gateway.Planning.Build;

/// <summary>
/// One subgraph request of the fetch graph: a root fetch, or an entity fetch (<c>_entities</c>) at a path of the
/// response whose representations are built from the data its dependencies fetched.
/// </summary>
internal sealed class FetchGroup(int id, string graph, IReadOnlyList<string> path, FetchGroup? parent, IReadOnlyList<FetchGroup> dependencies)
{
    public int Id { get; } = id;
    public string Graph { get; } = graph;

    /// <summary>Response path where the group's objects sit; "@" stands for every item of a list.</summary>
    public IReadOnlyList<string> Path { get; } = path;

    public FetchGroup? Parent { get; } = parent;
    public IReadOnlyList<FetchGroup> Dependencies { get; } = dependencies;
    public bool IsEntityFetch => Parent is not null;
    public SelectionTree Root { get; } = new();
    public List<FetchGroup> Children { get; } = [];

    /// <summary>Entity fetches: per entity type, the typename sent and the fields representations carry (@key and @requires).</summary>
    public Dictionary<string, (string SentTypename, SelectionTree Fields)> Requirements { get; } = new(StringComparer.Ordinal);

    /// <summary>Root fetches of a mutation: position among the mutation's root groups.</summary>
    public int Order { get; init; }

    public string PathKey => string.Join('/', Path);

    public void AddRequirement(string entityType, string sentTypename, SelectionSetNode fields)
    {
        if (!Requirements.TryGetValue(entityType, out var entry))
        {
            entry = (sentTypename, new SelectionTree());
            Requirements[entityType] = entry;
        }
        RequirementWriter.Add(entry.Fields, fields);
    }
}
