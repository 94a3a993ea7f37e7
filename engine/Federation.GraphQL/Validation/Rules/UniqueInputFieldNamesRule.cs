using Federation.GraphQL.Language;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.3 Input Object Field Uniqueness.</summary>
public sealed class UniqueInputFieldNamesRule : ValidationRule
{
    private readonly Stack<Dictionary<string, NameNode>> _stack = new();
    private readonly Stack<Dictionary<string, NameNode>> _pool = new();

    public override RuleHooks Hooks => RuleHooks.EnterValue | RuleHooks.LeaveValue | RuleHooks.EnterObjectField;

    public override void EnterValue(IValueNode node)
    {
        if (node.Kind != SyntaxKind.ObjectValue) return;
        var known = _pool.TryPop(out var reused) ? reused : new Dictionary<string, NameNode>(StringComparer.Ordinal);
        _stack.Push(known);
    }

    public override void LeaveValue(IValueNode node)
    {
        if (node.Kind != SyntaxKind.ObjectValue) return;
        var known = _stack.Pop();
        known.Clear();
        _pool.Push(known);
    }

    public override void EnterObjectField(ObjectFieldNode node)
    {
        var known = _stack.Peek();
        var name = node.Name;
        if (known.TryGetValue(name.Value, out var first))
        {
            ReportError($"There can be only one input field named \"{name.Value}\".", first, name);
        }
        else
        {
            known[name.Value] = name;
        }
    }
}
