using Federation.GraphQL;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.Spec;

/// <summary>
/// A parsed <c>FieldSet</c> (federation spec, "FieldSet": a selection set without its outer braces), as written in
/// <c>@key</c>, <c>@requires</c> and <c>@provides</c>: fields with nested selections and inline fragments.
/// </summary>
public sealed class FieldSet
{
    private FieldSet(string source, SelectionSetNode syntax, IReadOnlyList<FieldSetSelection> selections)
    {
        Source = source;
        Syntax = syntax;
        Selections = selections;
    }

    /// <summary>The field set as written: <c>"id"</c>, <c>"id organization { id }"</c>.</summary>
    public string Source { get; }

    /// <summary>The parsed selection set (with the braces the source leaves out).</summary>
    public SelectionSetNode Syntax { get; }

    public IReadOnlyList<FieldSetSelection> Selections { get; }

    /// <summary>Parses a field set; false with the reason when it is not a selection set or uses what a field set may not (fragment spreads, directives are kept).</summary>
    public static bool TryParse(string source, out FieldSet? fieldSet, out string? error)
    {
        fieldSet = null;
        try
        {
            var document = Parser.Parse("{" + source + "}");
            if (document.Definitions is not [OperationDefinitionNode { Name: null, SelectionSet: { } set }])
            {
                error = "expected a selection set";
                return false;
            }
            var selections = Convert(set, out error);
            if (selections is null) return false;
            fieldSet = new FieldSet(source, set, selections);
            return true;
        }
        catch (GraphQLSyntaxException e)
        {
            error = e.Message;
            return false;
        }
    }

    /// <summary>Parses a field set.</summary>
    /// <exception cref="SchemaException">The source is not a valid field set; the message names the directive and type.</exception>
    public static FieldSet Parse(string source, string directive = "key", string? typeName = null)
    {
        if (TryParse(source, out var fieldSet, out var error)) return fieldSet!;
        var on = typeName is null ? "" : $" on type \"{typeName}\"";
        throw new SchemaException([new GraphQLError($"Invalid @{directive}(fields: \"{source}\"){on}: {error}.")]);
    }

    /// <summary>The field set printed canonically on one line (<c>id organization { id }</c>).</summary>
    public override string ToString() => FieldSetSelection.Print(Selections);

    private static List<FieldSetSelection>? Convert(SelectionSetNode set, out string? error)
    {
        error = null;
        var list = new List<FieldSetSelection>(set.Selections.Count);
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                {
                    IReadOnlyList<FieldSetSelection> nested = [];
                    if (field.SelectionSet is { } fieldSet && (nested = Convert(fieldSet, out error)!) is null) return null;
                    list.Add(new FieldSetField(field.Name.Value, field.Alias?.Value, field.Arguments.Count > 0, nested, field));
                    break;
                }
                case InlineFragmentNode fragment:
                {
                    var nested = Convert(fragment.SelectionSet, out error);
                    if (nested is null) return null;
                    list.Add(new FieldSetInlineFragment(fragment.TypeCondition?.Name.Value, nested, fragment));
                    break;
                }
                default:
                    error = "fragment spreads are not allowed in a field set";
                    return null;
            }
        }
        return list;
    }
}
