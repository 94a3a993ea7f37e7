using Federation.Composition.Parsing;

namespace Federation.Composition.Validation;

/// <summary>Phase 2: the rules each subgraph must meet on its own (reference-errors.mdx: KEY_*, REQUIRES_*, PROVIDES_*, EXTERNAL_*).</summary>
internal static class SubgraphValidator
{
    public static void Validate(ParsedSubgraph subgraph, Diagnostics diagnostics)
    {
        var used = new HashSet<(string Type, string Field)>();
        KeyRules.Check(subgraph, used, diagnostics);
        FieldSetRules.Check(subgraph, used, diagnostics);
        ExternalRules.Check(subgraph, used, diagnostics);
    }
}
