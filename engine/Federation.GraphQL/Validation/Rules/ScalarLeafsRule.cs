using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.3 Leaf Field Selections: leaves have no selection set, composite fields need one.</summary>
public sealed class ScalarLeafsRule : ValidationRule
{
    public override RuleHooks Hooks => RuleHooks.EnterField;

    public override void EnterField(FieldNode node)
    {
        if (Context.TypeInfo.Type is not { } type) return;
        var selectionSet = node.SelectionSet;
        var fieldName = node.Name.Value;
        if (type.NamedType().IsLeafType())
        {
            if (selectionSet is not null)
            {
                ReportError($"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
        }
        else if (selectionSet is null)
        {
            ReportError($"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?", node);
        }
        else if (selectionSet.Selections.Count == 0 && !Context.AllowEmptySelectionSets)
        {
            ReportError($"Field \"{fieldName}\" of type \"{type}\" must have at least one field selected.", node);
        }
    }
}
