namespace Federation.GraphQL.Validation;

/// <summary>Options of one validation run (graphql-js <c>validate</c> options).</summary>
public sealed class ValidationOptions
{
    public static readonly ValidationOptions Default = new();

    /// <summary>Validation stops after this many errors and adds a final "Too many validation errors" error.</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Leaves out "Did you mean ..." suggestions (they can reveal parts of a hidden schema).</summary>
    public bool HideSuggestions { get; init; }

    /// <summary>When false, a field of composite type with an empty selection set is an error.</summary>
    public bool AllowEmptySelectionSets { get; init; } = true;
}
