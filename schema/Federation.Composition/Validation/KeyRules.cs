using Federation.Composition.Parsing;

namespace Federation.Composition.Validation;

/// <summary>@key validity (composition rules, "@key"): fields exist, take no arguments and select no interface or union.</summary>
internal static class KeyRules
{
    public static void Check(ParsedSubgraph subgraph, HashSet<(string, string)> used, Diagnostics diagnostics)
    {
        foreach (var type in subgraph.Types.Values)
        {
            foreach (var key in type.Keys)
            {
                var prefix = $"[{subgraph.Name}] On type \"{type.Name}\", for @key(fields: \"{key.Fields}\"): ";
                FieldSetWalker.Walk(subgraph, type.Name, key.FieldSet.Selections,
                    (owner, field) =>
                    {
                        used.Add((owner, field.Name));
                        var named = FieldSetWalker.NamedType(field.Type);
                        if (subgraph.Types.TryGetValue(named, out var t) && t.Kind is TypeKind.Interface or TypeKind.Union)
                            diagnostics.Error(Codes.KeyFieldsSelectInvalidType, prefix + $"field \"{owner}.{field.Name}\" is a {t.Kind} type which is not allowed in @key", subgraph.Name, type.Node);
                    },
                    (problem, message) => diagnostics.Error(problem switch
                    {
                        FieldSetWalker.Problem.HasArguments => Codes.KeyFieldsHasArgs,
                        _ => Codes.KeyInvalidFields,
                    }, prefix + message, subgraph.Name, type.Node));
            }
        }
    }
}
