namespace Federation.Gateway.Planning.Plan;

/// <summary>Aliases the planner adds to subgraph queries end with <see cref="Marker"/> and a suffix; the executor strips them.</summary>
public static class PlanAliases
{
    public const string Marker = "__fed_";
}
