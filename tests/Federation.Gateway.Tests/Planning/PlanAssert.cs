using Federation.Gateway.Planning;
using Federation.Gateway.Planning.Supergraph;

namespace Federation.Gateway.Tests.Planning;

internal static class PlanAssert
{
    public static void Equal(string supergraph, string query, string expectedPlan)
    {
        var planner = new QueryPlanner(SupergraphReader.Read(supergraph));
        Assert.Equal(expectedPlan.ReplaceLineEndings("\n"), planner.Plan(query).ToString());
    }
}
