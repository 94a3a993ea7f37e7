using System.Text;

namespace Federation.Gateway.Planning.Plan;

/// <summary>Prints a plan as indented text (snapshot tests, <c>fed plan</c>).</summary>
public static class PlanPrinter
{
    public static string Print(QueryPlan plan)
    {
        var sb = new StringBuilder("QueryPlan {\n");
        if (plan.Root is not null) Print(sb, plan.Root, 1);
        return sb.Append('}').ToString();
    }

    private static void Print(StringBuilder sb, PlanNode node, int depth)
    {
        var indent = new string(' ', depth * 2);
        switch (node)
        {
            case SequenceNode s:
                sb.Append(indent).Append("Sequence {\n");
                foreach (var n in s.Nodes) Print(sb, n, depth + 1);
                sb.Append(indent).Append("}\n");
                break;
            case ParallelNode p:
                sb.Append(indent).Append("Parallel {\n");
                foreach (var n in p.Nodes) Print(sb, n, depth + 1);
                sb.Append(indent).Append("}\n");
                break;
            case FlattenNode f:
                sb.Append(indent).Append("Flatten(path: \"").AppendJoin('.', f.Path).Append("\") {\n");
                Print(sb, f.Fetch, depth + 1);
                sb.Append(indent).Append("}\n");
                break;
            case FetchNode fetch:
                sb.Append(indent).Append("Fetch(service: \"").Append(fetch.ServiceName).Append("\") {\n");
                foreach (var r in fetch.Requirements)
                {
                    sb.Append(indent).Append("  ... on ").Append(r.TypeName).Append(' ').Append(r.FieldsText).Append(" =>\n");
                }
                sb.Append(indent).Append("  ").Append(fetch.SelectionText).Append('\n');
                sb.Append(indent).Append("}\n");
                break;
        }
    }
}
