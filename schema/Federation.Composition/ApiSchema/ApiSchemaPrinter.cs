using System.Text;
using Federation.Composition.Merging;
using Federation.Composition.Parsing;
using Federation.GraphQL.Language;

namespace Federation.Composition.ApiSchema;

/// <summary>
/// The API schema: what clients of the supergraph see (supergraph spec, "API schema"): no join or link definitions,
/// no federation directives, and nothing marked @inaccessible; @deprecated stays.
/// </summary>
internal static class ApiSchemaPrinter
{
    public static string Print(MergedSupergraph supergraph)
    {
        var blocks = new List<string>();
        var visible = supergraph.Types.Values.Where(t => !t.Inaccessible).ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var type in visible.Values.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Name, StringComparer.Ordinal))
            blocks.Add(PrintType(type, visible));
        return string.Join("\n\n", blocks) + "\n";
    }

    private static string PrintType(MType type, Dictionary<string, MType> visible)
    {
        var sb = new StringBuilder();
        Description(sb, type.Description, "");
        sb.Append(type.Kind switch
        {
            TypeKind.Object => "type ",
            TypeKind.Interface => "interface ",
            TypeKind.Union => "union ",
            TypeKind.Enum => "enum ",
            TypeKind.InputObject => "input ",
            _ => "scalar ",
        }).Append(type.Name);
        var interfaces = type.Interfaces.Where(visible.ContainsKey).ToList();
        if (interfaces.Count > 0) sb.Append(" implements ").AppendJoin(" & ", interfaces);
        if (type.Kind == TypeKind.Union) return sb.Append(" = ").AppendJoin(" | ", type.Members.Where(visible.ContainsKey)).ToString();
        if (type.Kind == TypeKind.Scalar) return sb.ToString();
        sb.Append(" {\n");
        foreach (var field in (type.Kind == TypeKind.Enum ? type.Values.Values : type.Fields.Values).Where(f => !f.Inaccessible))
        {
            Description(sb, field.Description, "  ");
            sb.Append("  ").Append(field.Name);
            var arguments = field.Arguments.Where(a => !a.Inaccessible).ToList();
            if (arguments.Count > 0)
            {
                sb.Append('(').AppendJoin(", ", arguments.Select(a => a.Name + ": " + TypeRelations.Print(a.Type)
                    + (a.DefaultValue is { } d ? " = " + Printer.Print((SyntaxNode)d) : "") + Deprecated(a))).Append(')');
            }
            if (type.Kind != TypeKind.Enum) sb.Append(": ").Append(TypeRelations.Print(field.Type));
            if (field.DefaultValue is { } value) sb.Append(" = ").Append(Printer.Print((SyntaxNode)value));
            sb.Append(Deprecated(field)).Append('\n');
        }
        return sb.Append('}').ToString();
    }

    private static string Deprecated(MElement element) => !element.IsDeprecated ? ""
        : element.DeprecationReason is null or "No longer supported" ? " @deprecated" : $" @deprecated(reason: {Printer.PrintString(element.DeprecationReason)})";

    private static void Description(StringBuilder sb, string? description, string indent)
    {
        if (description is null) return;
        sb.Append(indent).Append(Printer.PrintBlockString(description).Replace("\n", "\n" + indent, StringComparison.Ordinal)).Append('\n');
    }
}
