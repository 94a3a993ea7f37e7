using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>Spec 5.4.2 Argument Uniqueness, applied to directives in SDL (and fields, should the document hold any).</summary>
public sealed class SdlUniqueArgumentNamesRule : SdlRule
{
    public override bool Enter(SyntaxNode node, SdlValidationContext context)
    {
        IReadOnlyList<ArgumentNode>? arguments = node switch
        {
            DirectiveNode d => d.Arguments,
            FieldNode f => f.Arguments,
            _ => null,
        };
        if (arguments is null) return true;
        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            var nodes = group.Select(a => (SyntaxNode?)a.Name).ToArray();
            if (nodes.Length > 1) context.Report($"There can be only one argument named \"{group.Key}\".", nodes);
        }
        return true;
    }
}
