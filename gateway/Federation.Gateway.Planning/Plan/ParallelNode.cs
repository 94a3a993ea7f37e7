namespace Federation.Gateway.Planning.Plan;

/// <summary>Runs its nodes at the same time.</summary>
public sealed class ParallelNode(IReadOnlyList<PlanNode> nodes) : PlanNode
{
    public IReadOnlyList<PlanNode> Nodes { get; } = nodes;
}
