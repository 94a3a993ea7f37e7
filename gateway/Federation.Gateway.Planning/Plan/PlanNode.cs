namespace Federation.Gateway.Planning.Plan;

/// <summary>A node of a query plan: <see cref="FetchNode"/>, <see cref="FlattenNode"/>, <see cref="SequenceNode"/> or <see cref="ParallelNode"/>.</summary>
public abstract class PlanNode;
