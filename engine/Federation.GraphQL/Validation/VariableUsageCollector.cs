using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Validation;

/// <summary>
/// Finds the variables used in one operation or fragment definition with the input type expected at each use,
/// walking selections, arguments, directives and values in document order (variable definitions are skipped).
/// </summary>
internal sealed class VariableUsageCollector
{
    private readonly TypeInfo _typeInfo;
    private readonly List<VariableUsage> _usages = [];

    private VariableUsageCollector(Schema schema) => _typeInfo = new TypeInfo(schema);

    public static List<VariableUsage> Collect(Schema schema, IExecutableDefinitionNode definition)
    {
        var collector = new VariableUsageCollector(schema);
        switch (definition)
        {
            case OperationDefinitionNode operation:
                collector._typeInfo.EnterOperation(operation);
                collector.VisitDirectives(operation.Directives);
                collector.VisitSelectionSet(operation.SelectionSet);
                break;
            case FragmentDefinitionNode fragment:
                collector._typeInfo.EnterFragment(fragment.TypeCondition);
                collector.VisitDirectives(fragment.Directives);
                collector.VisitSelectionSet(fragment.SelectionSet);
                break;
        }
        return collector._usages;
    }

    private void VisitSelectionSet(SelectionSetNode selectionSet)
    {
        _typeInfo.EnterSelectionSet();
        var selections = selectionSet.Selections;
        for (var selectionIndex = 0; selectionIndex < selections.Count; selectionIndex++)
        {
            var selection = selections[selectionIndex];
            switch (selection)
            {
                case FieldNode field:
                    _typeInfo.EnterField(field);
                    VisitArguments(field.Arguments);
                    VisitDirectives(field.Directives);
                    if (field.SelectionSet is not null) VisitSelectionSet(field.SelectionSet);
                    _typeInfo.LeaveField();
                    break;
                case FragmentSpreadNode spread:
                    VisitDirectives(spread.Directives);
                    break;
                case InlineFragmentNode inline:
                    _typeInfo.EnterFragment(inline.TypeCondition);
                    VisitDirectives(inline.Directives);
                    VisitSelectionSet(inline.SelectionSet);
                    _typeInfo.LeaveFragment();
                    break;
            }
        }
        _typeInfo.LeaveSelectionSet();
    }

    private void VisitDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Arguments.Count == 0) continue;
            _typeInfo.EnterDirective(directive);
            VisitArguments(directive.Arguments);
            _typeInfo.LeaveDirective();
        }
    }

    private void VisitArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            _typeInfo.EnterArgument(argument);
            VisitValue(argument.Value);
            _typeInfo.LeaveArgument();
        }
    }

    private void VisitValue(IValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                _usages.Add(new VariableUsage(variable, _typeInfo.InputType, _typeInfo.ParentInputType, _typeInfo.DefaultValue));
                break;
            case ListValueNode list:
                _typeInfo.EnterListValue();
                foreach (var item in list.Items) VisitValue(item);
                _typeInfo.LeaveInputPosition();
                break;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                {
                    _typeInfo.EnterObjectField(field);
                    VisitValue(field.Value);
                    _typeInfo.LeaveInputPosition();
                }
                break;
        }
    }
}
