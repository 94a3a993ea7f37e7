namespace Federation.Gateway.Planning.Plan;

/// <summary>Runs its nodes one after the other.</summary>
public sealed class SequenceNode(IReadOnlyList<PlanNode> nodes) : PlanNode
{
    public IReadOnlyList<PlanNode> Nodes { get; } = nodes;
}
