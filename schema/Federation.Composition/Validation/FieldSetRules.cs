using Federation.Composition.Parsing;
using Federation.Spec;

namespace Federation.Composition.Validation;

/// <summary>@requires and @provides field sets (composition rules, "@requires", "@provides"): valid, and selecting @external fields.</summary>
internal static class FieldSetRules
{
    public static void Check(ParsedSubgraph subgraph, HashSet<(string, string)> used, Diagnostics diagnostics)
    {
        foreach (var type in subgraph.Types.Values)
        {
            if (type.Kind is not (TypeKind.Object or TypeKind.Interface)) continue;
            foreach (var field in type.Fields.Values)
            {
                if (field.Marks.Requires is { } requires) CheckRequires(subgraph, type, field, requires, used, diagnostics);
                if (field.Marks.Provides is { } provides) CheckProvides(subgraph, type, field, provides, used, diagnostics);
            }
        }
    }

    private static void CheckRequires(ParsedSubgraph subgraph, SType type, SField field, string fields, HashSet<(string, string)> used, Diagnostics diagnostics)
    {
        var prefix = $"[{subgraph.Name}] On field \"{type.Name}.{field.Name}\", for @requires(fields: \"{fields}\"): ";
        if (!FieldSet.TryParse(fields, out var set, out var error))
        {
            diagnostics.Error(Codes.RequiresInvalidFields, prefix + error, subgraph.Name, field.Marks.RequiresNode);
            return;
        }
        FieldSetWalker.Walk(subgraph, type.Name, set!.Selections,
            (owner, selected) =>
            {
                used.Add((owner, selected.Name));
                if (!selected.Marks.External && subgraph.Link.IsFederation2 && owner == type.Name)
                    diagnostics.Error(Codes.RequiresFieldsMissingExternal, prefix + $"field \"{owner}.{selected.Name}\" should not be part of a @requires since it is already provided by this subgraph (it is not marked @external)", subgraph.Name, field.Marks.RequiresNode);
            },
            (_, message) => diagnostics.Error(Codes.RequiresInvalidFields, prefix + message, subgraph.Name, field.Marks.RequiresNode));
    }

    private static void CheckProvides(ParsedSubgraph subgraph, SType type, SField field, string fields, HashSet<(string, string)> used, Diagnostics diagnostics)
    {
        var prefix = $"[{subgraph.Name}] On field \"{type.Name}.{field.Name}\", for @provides(fields: \"{fields}\"): ";
        var target = FieldSetWalker.NamedType(field.Type);
        if (!subgraph.Types.TryGetValue(target, out var targetType) || targetType.Kind is not (TypeKind.Object or TypeKind.Interface or TypeKind.Union))
        {
            diagnostics.Error(Codes.ProvidesOnNonObjectField, prefix + $"field \"{type.Name}.{field.Name}\" is not an object or interface field (of type \"{target}\")", subgraph.Name, field.Marks.ProvidesNode);
            return;
        }
        if (!FieldSet.TryParse(fields, out var set, out var error))
        {
            diagnostics.Error(Codes.ProvidesInvalidFields, prefix + error, subgraph.Name, field.Marks.ProvidesNode);
            return;
        }
        FieldSetWalker.Walk(subgraph, target, set!.Selections,
            (owner, selected) =>
            {
                used.Add((owner, selected.Name));
                if (!selected.Marks.External && subgraph.Link.IsFederation2 && owner == target)
                    diagnostics.Error(Codes.ProvidesFieldsMissingExternal, prefix + $"field \"{owner}.{selected.Name}\" should not be part of a @provides since it is already provided by this subgraph (it is not marked @external)", subgraph.Name, field.Marks.ProvidesNode);
            },
            (_, message) => diagnostics.Error(Codes.ProvidesInvalidFields, prefix + message, subgraph.Name, field.Marks.ProvidesNode));
    }
}
