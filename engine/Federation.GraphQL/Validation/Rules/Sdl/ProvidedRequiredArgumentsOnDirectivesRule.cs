using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>Spec 5.4.2.1 Required Arguments, applied to directives in SDL.</summary>
public sealed class ProvidedRequiredArgumentsOnDirectivesRule(SdlValidationContext context) : SdlRule
{
    private readonly Dictionary<string, List<(string Name, string Type)>> _required =
        context.KnownDirectives().GroupBy(d => d.Name).ToDictionary(
            g => g.Key,
            g => g.Last().Args.Where(a => a.Required).Select(a => (a.Name, a.Type)).ToList(),
            StringComparer.Ordinal);

    public override void Leave(SyntaxNode node, SdlValidationContext context)
    {
        if (node is not DirectiveNode directive || !_required.TryGetValue(directive.Name.Value, out var required)) return;
        foreach (var (name, type) in required)
        {
            if (directive.Arguments.Any(a => a.Name.Value == name)) continue;
            context.Report($"Argument \"@{directive.Name.Value}({name}:)\" of type \"{type}\" is required, but it was not provided.", directive);
        }
    }
}
