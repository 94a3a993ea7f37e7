using Federation.Composition.Parsing;
using Federation.GraphQL.Language;
using Federation.Spec;

namespace Federation.Composition.Validation;

/// <summary>Walks a field set against a subgraph's types: reports a problem per selection and records the fields it selects.</summary>
internal static class FieldSetWalker
{
    /// <summary>A problem found while walking: the kind and the message detail.</summary>
    public enum Problem { UnknownField, HasArguments, Alias, SelectsAbstractOrList, MissingSelection, UnknownType }

    public static void Walk(ParsedSubgraph subgraph, string typeName, IReadOnlyList<FieldSetSelection> selections,
        Action<string, SField> visit, Action<Problem, string> report)
    {
        if (!subgraph.Types.TryGetValue(typeName, out var type))
        {
            report(Problem.UnknownType, $"type \"{typeName}\" is not defined");
            return;
        }
        foreach (var selection in selections)
        {
            if (selection is FieldSetInlineFragment fragment)
            {
                Walk(subgraph, fragment.TypeCondition ?? typeName, fragment.Selections, visit, report);
                continue;
            }
            var field = (FieldSetField)selection;
            if (field.Name == "__typename") continue;
            if (!type.Fields.TryGetValue(field.Name, out var definition))
            {
                report(Problem.UnknownField, $"Cannot query field \"{field.Name}\" on type \"{typeName}\"");
                continue;
            }
            if (field.Alias is not null) report(Problem.Alias, $"aliases are not allowed (\"{field.Alias}\")");
            if (field.HasArguments || definition.Arguments.Count > 0) report(Problem.HasArguments, $"field \"{typeName}.{field.Name}\" has arguments");
            visit(typeName, definition);
            var named = NamedType(definition.Type);
            var isComposite = subgraph.Types.TryGetValue(named, out var fieldType) && fieldType.Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;
            if (field.Selections.Count > 0)
            {
                if (isComposite) Walk(subgraph, named, field.Selections, visit, report);
                else report(Problem.UnknownField, $"field \"{typeName}.{field.Name}\" of type \"{named}\" has no fields to select");
            }
            else if (isComposite)
            {
                report(Problem.MissingSelection, $"field \"{typeName}.{field.Name}\" of type \"{named}\" needs a selection of subfields");
            }
        }
    }

    public static string NamedType(ITypeNode type) => type switch
    {
        NonNullTypeNode n => NamedType(n.Type),
        ListTypeNode l => NamedType(l.Type),
        NamedTypeNode named => named.Name.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
