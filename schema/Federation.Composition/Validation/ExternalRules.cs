using Federation.Composition.Parsing;

namespace Federation.Composition.Validation;

/// <summary>@external fields must be used by a @key, @requires or @provides of the subgraph (EXTERNAL_UNUSED; federation 2 only).</summary>
internal static class ExternalRules
{
    public static void Check(ParsedSubgraph subgraph, HashSet<(string, string)> used, Diagnostics diagnostics)
    {
        if (!subgraph.Link.IsFederation2) return;
        foreach (var type in subgraph.Types.Values)
        {
            if (type.Kind is not (TypeKind.Object or TypeKind.Interface)) continue;
            foreach (var field in type.Fields.Values)
            {
                if (!field.Marks.External || used.Contains((type.Name, field.Name))) continue;
                // A field implementing an interface field may be external without a use (Apollo: used by an interface).
                if (ImplementsInterfaceField(subgraph, type, field.Name)) continue;
                diagnostics.Error(Codes.ExternalUnused,
                    $"[{subgraph.Name}] Field \"{type.Name}.{field.Name}\" is marked @external but is not used in any federation directive (@key, @provides, @requires) or to satisfy an interface; the field declaration has no use and should be removed (or the field should not be @external).",
                    subgraph.Name, field.Node);
            }
        }
    }

    private static bool ImplementsInterfaceField(ParsedSubgraph subgraph, SType type, string field)
    {
        foreach (var name in type.Interfaces)
        {
            if (subgraph.Types.TryGetValue(name, out var iface) && iface.Fields.ContainsKey(field)) return true;
        }
        return false;
    }
}
