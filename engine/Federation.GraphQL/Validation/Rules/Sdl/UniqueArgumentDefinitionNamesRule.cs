using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>Spec 3.6.1, 3.13: argument definitions of a field or directive are uniquely named.</summary>
public sealed class UniqueArgumentDefinitionNamesRule : SdlRule
{
    public override bool Enter(SyntaxNode node, SdlValidationContext context)
    {
        switch (node)
        {
            case DirectiveDefinitionNode directive:
                Check(context, "@" + directive.Name.Value, directive.Arguments);
                return true;
            case IComplexTypeDefinitionNode complex:
                foreach (var field in complex.Fields) Check(context, $"{complex.Name.Value}.{field.Name.Value}", field.Arguments);
                return false;
            default:
                return true;
        }
    }

    private static void Check(SdlValidationContext context, string parent, IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            var nodes = group.Select(a => (SyntaxNode?)a.Name).ToArray();
            if (nodes.Length > 1) context.Report($"Argument \"{parent}({group.Key}:)\" can only be defined once.", nodes);
        }
    }
}
