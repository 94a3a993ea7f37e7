using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.4.1 Single Root Field: a subscription selects exactly one root field, not an introspection field,
/// and (as graphql-js 17 requires) without @skip or @include at the top level.
/// </summary>
public sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    public override RuleHooks Hooks => RuleHooks.EnterOperation;

    public override void EnterOperation(OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || Context.Schema.SubscriptionType is not { } subscriptionType) return;
        var subject = node.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
        var collector = new RootFieldCollector(Context, subscriptionType);
        collector.Collect(node.SelectionSet);
        if (collector.ForbiddenDirectives.Count > 0)
        {
            ReportError($"{subject} must not use `@skip` or `@include` directives in the top level selection.", [.. collector.ForbiddenDirectives]);
            return;
        }
        var groups = collector.Groups;
        if (groups.Count == 0)
        {
            ReportError($"{subject} must select one top level field.", node.SelectionSet);
        }
        else if (groups.Count > 1)
        {
            var extra = new List<SyntaxNode>();
            for (var i = 1; i < groups.Count; i++) extra.AddRange(groups[i].Fields);
            ReportError($"{subject} must select only one top level field.", [.. extra]);
        }
        foreach (var group in groups)
        {
            if (group.Fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                ReportError($"{subject} must not select an introspection top level field.", [.. group.Fields]);
            }
        }
    }

    /// <summary>CollectFields (spec 6.3.2) over the root selection set, with @skip / @include forbidden instead of evaluated.</summary>
    private sealed class RootFieldCollector(ValidationContext context, ObjectType rootType)
    {
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

        public List<(string ResponseName, List<FieldNode> Fields)> Groups { get; } = [];
        public List<DirectiveNode> ForbiddenDirectives { get; } = [];

        public void Collect(SelectionSetNode selectionSet)
        {
            context.SpendFragmentWork(selectionSet.Selections.Count);
            var selections = selectionSet.Selections;
            for (var selectionIndex = 0; selectionIndex < selections.Count; selectionIndex++)
            {
                var selection = selections[selectionIndex];
                context.SpendFragmentWork(selection.Directives.Count);
                if (IsForbidden(selection)) continue;
                switch (selection)
                {
                    case FieldNode field:
                        Add(field);
                        break;
                    case InlineFragmentNode inline:
                        if (Matches(inline.TypeCondition)) Collect(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread:
                        var fragment = context.GetFragment(spread.Name.Value);
                        if (fragment is null || !Matches(fragment.TypeCondition)) continue;
                        if (!_visitedFragments.Add(spread.Name.Value)) continue;
                        Collect(fragment.SelectionSet);
                        break;
                }
            }
        }

        private void Add(FieldNode field)
        {
            var responseName = field.ResponseName;
            foreach (var group in Groups)
            {
                if (group.ResponseName == responseName)
                {
                    group.Fields.Add(field);
                    return;
                }
            }
            Groups.Add((responseName, [field]));
        }

        private bool IsForbidden(ISelectionNode selection)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value == "skip")
                {
                    ForbiddenDirectives.Add(directive);
                    return true;
                }
            }
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value == "include")
                {
                    ForbiddenDirectives.Add(directive);
                    return true;
                }
            }
            return false;
        }

        private bool Matches(NamedTypeNode? typeCondition)
        {
            if (typeCondition is null) return true;
            var conditionType = context.Schema.GetType(typeCondition.Name.Value);
            if (ReferenceEquals(conditionType, rootType)) return true;
            return conditionType is not null && conditionType.IsAbstractType() && context.Schema.IsSubType(conditionType, rootType);
        }
    }
}
