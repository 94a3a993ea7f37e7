using Federation.GraphQL.Language;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2 Argument Uniqueness.</summary>
public sealed class UniqueArgumentNamesRule : ValidationRule
{
    public override RuleHooks Hooks => RuleHooks.EnterField | RuleHooks.EnterDirective;

    public override void EnterField(FieldNode node) => Check(node.Arguments);

    public override void EnterDirective(DirectiveNode node, SyntaxNode owner) => Check(node.Arguments);

    private void Check(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2) return;
        for (var i = 0; i < arguments.Count; i++)
        {
            var name = arguments[i].Name.Value;
            var seenBefore = false;
            for (var k = 0; k < i && !seenBefore; k++) seenBefore = arguments[k].Name.Value == name;
            if (seenBefore) continue;
            List<SyntaxNode>? duplicates = null;
            for (var j = i + 1; j < arguments.Count; j++)
            {
                if (arguments[j].Name.Value != name) continue;
                duplicates ??= [arguments[i].Name];
                duplicates.Add(arguments[j].Name);
            }
            if (duplicates is not null) ReportError($"There can be only one argument named \"{name}\".", [.. duplicates]);
        }
    }
}
