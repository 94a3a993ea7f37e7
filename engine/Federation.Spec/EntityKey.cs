using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.Spec;

/// <summary>One <c>@key(fields:)</c> of an entity, parsed, with the check that a representation carries its fields.</summary>
public sealed class EntityKey
{
    public EntityKey(FieldSet fieldSet, bool resolvable)
    {
        FieldSet = fieldSet;
        Resolvable = resolvable;
    }

    /// <summary>The field set as written: <c>"id"</c>, <c>"id organization { id }"</c>.</summary>
    public string Fields => FieldSet.Source;

    public FieldSet FieldSet { get; }

    public SelectionSetNode SelectionSet => FieldSet.Syntax;

    public bool Resolvable { get; }

    /// <summary>Parses a key's FieldSet (a selection set without its outer braces).</summary>
    /// <exception cref="SchemaException">The field set is not a valid selection set.</exception>
    public static EntityKey Parse(string typeName, string fields, bool resolvable) => new(FieldSet.Parse(fields, "key", typeName), resolvable);

    /// <summary>Whether the representation has every field of this key (nested field sets checked inside objects and lists).</summary>
    public bool IsSatisfiedBy(IReadOnlyDictionary<string, object?> representation) => Covers(SelectionSet, representation);

    private static bool Covers(SelectionSetNode set, object? value)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                foreach (var selection in set.Selections)
                {
                    if (selection is not FieldNode field) continue;
                    if (!map.TryGetValue(field.Name.Value, out var fieldValue)) return false;
                    if (field.SelectionSet is { } nested && fieldValue is not null && !Covers(nested, fieldValue)) return false;
                }
                return true;
            case IReadOnlyList<object?> list:
                foreach (var item in list) if (item is not null && !Covers(set, item)) return false;
                return true;
            default:
                return false;
        }
    }
}
