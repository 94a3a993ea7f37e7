using Federation.GraphQL.Language;

namespace Federation.Gateway.Planning.Plan;

/// <summary>The plan of an operation; <see cref="Root"/> is null when the gateway answers it alone (introspection, __typename).</summary>
public sealed class QueryPlan(OperationType operation, PlanNode? root, int fetchCount)
{
    public OperationType Operation { get; } = operation;
    public PlanNode? Root { get; } = root;
    public int FetchCount { get; } = fetchCount;

    public override string ToString() => PlanPrinter.Print(this);
}
