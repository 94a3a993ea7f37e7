using Federation.GraphQL.Utilities;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.1 Field Selections: a selected field is defined on the parent type.</summary>
public sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    public override RuleHooks Hooks => RuleHooks.EnterField;

    public override void EnterField(FieldNode node)
    {
        if (Context.TypeInfo.ParentType is not { } type || Context.TypeInfo.FieldDef is not null) return;
        var fieldName = node.Name.Value;
        var suggestion = Suggestions.DidYouMean(
            Context.HideSuggestions ? [] : SuggestedTypeNames(type, fieldName), "to use an inline fragment on");
        if (suggestion.Length == 0)
        {
            suggestion = Suggestions.DidYouMean(Context.HideSuggestions ? [] : SuggestedFieldNames(type, fieldName));
        }
        ReportError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, node);
    }

    /// <summary>Types under an abstract type that define the field: most used first, interfaces before their implementations.</summary>
    private List<string> SuggestedTypeNames(NamedType type, string fieldName)
    {
        if (!type.IsAbstractType()) return [];
        var schema = Context.Schema;
        var suggested = new List<ComplexType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (possibleType.GetField(fieldName) is null) continue;
            if (!usageCount.ContainsKey(possibleType.Name)) suggested.Add(possibleType);
            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (possibleInterface.GetField(fieldName) is null) continue;
                if (!usageCount.ContainsKey(possibleInterface.Name)) suggested.Add(possibleInterface);
                usageCount[possibleInterface.Name] = usageCount.GetValueOrDefault(possibleInterface.Name) + 1;
            }
        }
        var ordered = suggested.ToArray();
        // Stable sort, as JavaScript's Array.prototype.sort is.
        var indexed = new (ComplexType Type, int Index)[ordered.Length];
        for (var i = 0; i < ordered.Length; i++) indexed[i] = (ordered[i], i);
        Array.Sort(indexed, (a, b) =>
        {
            var diff = usageCount[b.Type.Name] - usageCount[a.Type.Name];
            if (diff != 0) return diff;
            if (a.Type is InterfaceType && schema.IsSubType(a.Type, b.Type)) return -1;
            if (b.Type is InterfaceType && schema.IsSubType(b.Type, a.Type)) return 1;
            var natural = Suggestions.NaturalCompare(a.Type.Name, b.Type.Name);
            return natural != 0 ? natural : a.Index - b.Index;
        });
        var names = new List<string>(indexed.Length);
        foreach (var (t, _) in indexed) names.Add(t.Name);
        return names;
    }

    private static List<string> SuggestedFieldNames(NamedType type, string fieldName)
    {
        if (type is not ComplexType complex) return [];
        var names = new List<string>(complex.Fields.Count);
        foreach (var field in complex.Fields) names.Add(field.Name);
        return Suggestions.List(fieldName, names);
    }
}
