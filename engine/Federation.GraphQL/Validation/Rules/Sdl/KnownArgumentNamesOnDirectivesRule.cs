using Federation.GraphQL.Language;
using Federation.GraphQL.Utilities;

namespace Federation.GraphQL.Types;

/// <summary>Spec 3.13 Directives: arguments given to a directive are defined by it.</summary>
public sealed class KnownArgumentNamesOnDirectivesRule(SdlValidationContext context) : SdlRule
{
    private readonly Dictionary<string, List<string>> _arguments =
        context.KnownDirectives().GroupBy(d => d.Name).ToDictionary(g => g.Key, g => g.Last().Args.Select(a => a.Name).ToList(), StringComparer.Ordinal);

    public override bool Enter(SyntaxNode node, SdlValidationContext context)
    {
        if (node is not DirectiveNode directive) return true;
        if (!_arguments.TryGetValue(directive.Name.Value, out var known)) return false;
        foreach (var arg in directive.Arguments)
        {
            if (known.Contains(arg.Name.Value)) continue;
            context.Report($"Unknown argument \"{arg.Name.Value}\" on directive \"@{directive.Name.Value}\"."
                + Suggestions.DidYouMean(Suggestions.List(arg.Name.Value, known)), arg);
        }
        return false;
    }
}
