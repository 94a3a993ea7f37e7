namespace Federation.Gateway.Planning.Plan;

/// <summary>Runs an entity fetch over the objects found at <see cref="Path"/> ("@" = every item of a list).</summary>
public sealed class FlattenNode(IReadOnlyList<string> path, FetchNode fetch) : PlanNode
{
    public IReadOnlyList<string> Path { get; } = path;
    public FetchNode Fetch { get; } = fetch;
}
