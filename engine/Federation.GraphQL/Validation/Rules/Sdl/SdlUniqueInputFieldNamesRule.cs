using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>Spec 5.6.3 Input Object Field Uniqueness, for the object values of SDL (defaults and directive arguments).</summary>
public sealed class SdlUniqueInputFieldNamesRule : SdlRule
{
    public override bool Enter(SyntaxNode node, SdlValidationContext context)
    {
        if (node is not ObjectValueNode obj) return true;
        var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            if (known.TryGetValue(field.Name.Value, out var first))
            {
                context.Report($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
            }
            else
            {
                known[field.Name.Value] = field.Name;
            }
        }
        return true;
    }
}
