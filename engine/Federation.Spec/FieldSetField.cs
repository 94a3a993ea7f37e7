using Federation.GraphQL.Language;

namespace Federation.Spec;

/// <summary>A field of a <see cref="FieldSet"/>: its name, alias (an error in a field set), whether it has arguments and its nested selections.</summary>
public sealed class FieldSetField : FieldSetSelection
{
    public FieldSetField(string name, string? alias, bool hasArguments, IReadOnlyList<FieldSetSelection> selections, SyntaxNode syntax)
        : base(selections, syntax)
    {
        Name = name;
        Alias = alias;
        HasArguments = hasArguments;
    }

    public string Name { get; }

    public string? Alias { get; }

    public bool HasArguments { get; }
}
