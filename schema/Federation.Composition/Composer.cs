using Federation.Composition.ApiSchema;
using Federation.Composition.Merging;
using Federation.Composition.Parsing;
using Federation.Composition.Supergraph;
using Federation.Composition.Validation;

namespace Federation.Composition;

/// <summary>
/// Composes subgraph SDLs into a supergraph (Apollo Federation composition rules) in typed phases: parse each
/// subgraph, validate each on its own, merge, print. Every error of a phase is reported; a phase with errors stops
/// the ones after it.
/// </summary>
public static class Composer
{
    public static CompositionResult Compose(IReadOnlyList<SubgraphSource> subgraphs)
    {
        ArgumentNullException.ThrowIfNull(subgraphs);
        var diagnostics = new Diagnostics();
        var parsed = new List<ParsedSubgraph>(subgraphs.Count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in subgraphs)
        {
            if (string.IsNullOrWhiteSpace(source.Name) || !names.Add(source.Name))
            {
                diagnostics.Error(Codes.InvalidSubgraphName, $"Invalid subgraph name \"{source.Name}\": names must be non-empty and unique.", source.Name);
                continue;
            }
            if (SubgraphParser.Parse(source, diagnostics) is { } subgraph) parsed.Add(subgraph);
        }
        if (subgraphs.Count == 0) diagnostics.Error(Codes.NoQueries, "No subgraphs to compose.");
        if (diagnostics.Errors.Count > 0) return Failed(diagnostics);

        foreach (var subgraph in parsed) SubgraphValidator.Validate(subgraph, diagnostics);
        if (diagnostics.Errors.Count > 0) return Failed(diagnostics);

        var merged = new Merger(parsed, diagnostics).Merge();
        if (diagnostics.Errors.Count > 0) return Failed(diagnostics);

        var maxMinor = parsed.Max(s => s.Link.Minor ?? 0);
        return new CompositionResult(SupergraphPrinter.Print(merged, maxMinor), ApiSchemaPrinter.Print(merged), [], diagnostics.Hints);
    }

    private static CompositionResult Failed(Diagnostics diagnostics) => new(null, null, diagnostics.Errors, diagnostics.Hints);
}
