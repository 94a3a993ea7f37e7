using Federation.Gateway.Planning.Supergraph;

namespace Federation.Gateway.Execution.Plan;

/// <summary>Deep merge of a subgraph's object into the response tree, in place.</summary>
internal static class Merge
{
    public static void Into(SupergraphModel supergraph, Dictionary<string, object?> target, Dictionary<string, object?> source)
    {
        foreach (var (key, value) in source)
        {
            if (!target.TryGetValue(key, out var existing))
            {
                target[key] = value;
                continue;
            }
            if (key == "__typename")
            {
                // An @interfaceObject answers with the interface's name: the concrete type, once known, wins.
                if (existing is string known && supergraph.GetType(known) is { IsAbstract: false }) continue;
                target[key] = value;
                continue;
            }
            switch (existing, value)
            {
                case (Dictionary<string, object?> a, Dictionary<string, object?> b):
                    Into(supergraph, a, b);
                    break;
                case (List<object?> a, List<object?> b) when a.Count == b.Count:
                    for (var i = 0; i < a.Count; i++)
                    {
                        if (a[i] is Dictionary<string, object?> x && b[i] is Dictionary<string, object?> y) Into(supergraph, x, y);
                        else if (a[i] is List<object?> || b[i] is not null) a[i] = b[i];
                    }
                    break;
                default:
                    if (value is not null || existing is not Dictionary<string, object?>) target[key] = value;
                    break;
            }
        }
    }
}
