namespace Federation.Spec;

/// <summary>
/// A federation directive: its spec name (without '@'), the first minor version of v2 that has it, and its definition
/// for a version as a template (<c>{name}</c>, <c>{FieldSet}</c>, <c>{Scope}</c>, <c>{Policy}</c>, <c>{ContextFieldValue}</c>).
/// </summary>
public sealed record SpecDirective(string Name, int Since, Func<int, string> Definition)
{
    /// <summary>The definition under the link's local names (the directive's name and the federation scalars).</summary>
    public string DefinitionFor(FederationLink link) => Definition(link.Minor ?? 0)
        .Replace("{name}", link.DirectiveName(Name), StringComparison.Ordinal)
        .Replace("{FieldSet}", link.TypeName("FieldSet"), StringComparison.Ordinal)
        .Replace("{Scope}", link.TypeName("Scope"), StringComparison.Ordinal)
        .Replace("{Policy}", link.TypeName("Policy"), StringComparison.Ordinal)
        .Replace("{ContextFieldValue}", link.TypeName("ContextFieldValue"), StringComparison.Ordinal);
}
