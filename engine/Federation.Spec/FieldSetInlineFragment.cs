using Federation.GraphQL.Language;

namespace Federation.Spec;

/// <summary>An inline fragment of a <see cref="FieldSet"/> (<c>... on Book { isbn }</c>); the type condition may be absent.</summary>
public sealed class FieldSetInlineFragment : FieldSetSelection
{
    public FieldSetInlineFragment(string? typeCondition, IReadOnlyList<FieldSetSelection> selections, SyntaxNode syntax)
        : base(selections, syntax) => TypeCondition = typeCondition;

    public string? TypeCondition { get; }
}
