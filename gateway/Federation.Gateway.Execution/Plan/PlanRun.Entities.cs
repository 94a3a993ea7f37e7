using Federation.GraphQL.Language;
using Federation.Gateway.Execution.Json;
using Federation.Gateway.Planning.Plan;

namespace Federation.Gateway.Execution.Plan;

internal sealed partial class PlanRun
{
    private sealed record Target(Dictionary<string, object?> Object, List<object> Path, int Representation);

    /// <summary>One <c>_entities</c> call for every object at the flatten path, representations deduplicated (Federation v2 _entities).</summary>
    private async Task RunEntitiesAsync(FlattenNode flatten)
    {
        var fetch = flatten.Fetch;
        var targets = new List<Target>();
        var representations = new List<string>();
        lock (_gate)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (obj, path) in Collect(flatten.Path))
            {
                if (Representation(fetch, obj) is not { } rep) continue;
                var json = JsonTree.ToJson(rep);
                if (!index.TryGetValue(json, out var i))
                {
                    i = representations.Count;
                    index[json] = i;
                    representations.Add(json);
                }
                targets.Add(new Target(obj, path, i));
            }
        }
        if (representations.Count == 0) return;
        var response = await SendAsync(fetch, Body(fetch, representations), targets[0].Path).ConfigureAwait(false);
        if (response is null) return;
        lock (_gate)
        {
            if (response.TryGetValue("data", out var data) && data is Dictionary<string, object?> map
                && map.GetValueOrDefault("_entities") is List<object?> entities)
            {
                foreach (var target in targets)
                {
                    if (target.Representation < entities.Count && entities[target.Representation] is Dictionary<string, object?> entity)
                    {
                        Merge.Into(supergraph, target.Object, entity);
                    }
                }
            }
            AddErrors(fetch, response, (path, _) => MapEntityPath(path, targets));
        }
    }

    private static List<object>? MapEntityPath(List<object> path, List<Target> targets)
    {
        if (path.Count < 2 || path[0] is not "_entities" || path[1] is not int i) return null;
        var target = targets.Find(t => t.Representation == i);
        if (target is null) return null;
        return [.. target.Path, .. path.Skip(2)];
    }

    /// <summary>The objects at a flatten path ("@" = each list item), with their response paths.</summary>
    private List<(Dictionary<string, object?>, List<object>)> Collect(IReadOnlyList<string> path)
    {
        var result = new List<(Dictionary<string, object?>, List<object>)>();
        Walk(Data, 0, []);
        return result;

        void Walk(object? value, int depth, List<object> at)
        {
            if (value is null) return;
            if (depth == path.Count)
            {
                if (value is Dictionary<string, object?> obj) result.Add((obj, at));
                else if (value is List<object?> items)
                {
                    for (var i = 0; i < items.Count; i++) Walk(items[i], depth, [.. at, i]);
                }
                return;
            }
            var segment = path[depth];
            if (segment == "@")
            {
                if (value is not List<object?> list) return;
                for (var i = 0; i < list.Count; i++) Walk(list[i], depth + 1, [.. at, i]);
            }
            else if (value is Dictionary<string, object?> map && map.TryGetValue(segment, out var next))
            {
                Walk(next, depth + 1, [.. at, segment]);
            }
            else if (value is List<object?> items)
            {
                for (var i = 0; i < items.Count; i++) Walk(items[i], depth, [.. at, i]);
            }
        }
    }

    /// <summary>The representation of an object for this fetch, or null when its type is not one the fetch asks for or a key field is missing.</summary>
    private Dictionary<string, object?>? Representation(FetchNode fetch, Dictionary<string, object?> obj)
    {
        if (obj.GetValueOrDefault("__typename") is not string typename) return null;
        foreach (var requirement in fetch.Requirements)
        {
            if (requirement.TypeName != typename && !supergraph.IsPossibleType(requirement.TypeName, typename)) continue;
            var rep = new Dictionary<string, object?>(StringComparer.Ordinal) { ["__typename"] = requirement.SentTypename ?? typename };
            return Copy(requirement.Fields, obj, rep, typename) ? rep : null;
        }
        return null;
    }

    private bool Copy(SelectionSetNode fields, Dictionary<string, object?> source, Dictionary<string, object?> into, string typename)
    {
        foreach (var selection in fields.Selections)
        {
            switch (selection)
            {
                case FieldNode f:
                    if (!source.TryGetValue(f.Name.Value, out var value)) return false;
                    if (f.SelectionSet is { } sub && value is not null)
                    {
                        var copied = CopyValue(sub, value);
                        if (copied is null) return false;
                        into[f.Name.Value] = copied;
                    }
                    else
                    {
                        into[f.Name.Value] = value;
                    }
                    break;
                case InlineFragmentNode i when i.TypeCondition is null || i.TypeCondition.Name.Value == typename
                                              || supergraph.IsPossibleType(i.TypeCondition.Name.Value, typename):
                    if (!Copy(i.SelectionSet, source, into, typename)) return false;
                    break;
            }
        }
        return true;
    }

    private object? CopyValue(SelectionSetNode sub, object value)
    {
        if (value is List<object?> list)
        {
            var items = new List<object?>(list.Count);
            foreach (var item in list) items.Add(item is null ? null : CopyValue(sub, item));
            return items;
        }
        if (value is not Dictionary<string, object?> map) return null;
        var nested = new Dictionary<string, object?>(StringComparer.Ordinal);
        var typename = map.GetValueOrDefault("__typename") as string ?? "";
        if (typename.Length > 0 && supergraph.GetType(typename) is not null) nested["__typename"] = typename;
        return Copy(sub, map, nested, typename) ? nested : null;
    }
}
