using Federation.GraphQL.Language;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.1 Values of Correct Type, 5.6.2 Input Object Field Names, 5.6.4 Input Object Required Fields, and @oneOf (3.10.1).</summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    private Action<GraphQLError>? _report;

    public override RuleHooks Hooks => RuleHooks.EnterValue;

    public override void EnterValue(IValueNode node)
    {
        // The whole literal is checked from its top; nested values are reached by the literal check itself.
        if (Context.ValueDepth != 0 || node.Kind == SyntaxKind.Variable) return;
        var typeInfo = Context.TypeInfo;
        var type = node.Kind == SyntaxKind.ListValue ? typeInfo.ParentInputType : typeInfo.InputType;
        if (type is null) return;
        LiteralValidator.Validate(node, type, Context.HideSuggestions, _report ??= Context.ReportError);
    }
}
