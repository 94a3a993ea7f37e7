using System.Text;
using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL, the same text as graphql-js printSchema: the schema definition only when it is needed,
/// custom directives, then every type of the type map except the built-in scalars and the introspection types.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition) parts.Add(definition);
        foreach (var directive in schema.Directives)
        {
            if (!IsBuiltIn(directive)) parts.Add(PrintDirective(directive));
        }
        foreach (var type in schema.Types)
        {
            if (BuiltInTypes.IsSpecifiedScalar(type.Name) || Introspection.Introspection.IsIntrospectionType(type.Name)) continue;
            parts.Add(PrintType(type));
        }
        return string.Join("\n\n", parts);
    }

    private static bool IsBuiltIn(DirectiveDefinition directive) => BuiltInTypes.IsSpecifiedDirective(directive.Name);

    private static string? PrintSchemaDefinition(Schema schema)
    {
        if (schema.QueryType is null && schema.MutationType is null && schema.SubscriptionType is null) return null;
        var isDefault = ReferenceEquals(schema.QueryType, schema.GetType("Query"))
            && ReferenceEquals(schema.MutationType, schema.GetType("Mutation"))
            && ReferenceEquals(schema.SubscriptionType, schema.GetType("Subscription"));
        if (schema.Description is null && isDefault) return null;
        var sb = new StringBuilder(Description(schema.Description)).Append("schema {\n");
        if (schema.QueryType is { } q) sb.Append("  query: ").Append(q.Name).Append('\n');
        if (schema.MutationType is { } m) sb.Append("  mutation: ").Append(m.Name).Append('\n');
        if (schema.SubscriptionType is { } s) sb.Append("  subscription: ").Append(s.Name).Append('\n');
        return sb.Append('}').ToString();
    }

    /// <summary>One type as SDL (graphql-js printType).</summary>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar),
        ObjectType obj => Description(obj.Description) + "type " + obj.Name + Implements(obj) + Fields(obj),
        InterfaceType iface => Description(iface.Description) + "interface " + iface.Name + Implements(iface) + Fields(iface),
        UnionType union => Description(union.Description) + "union " + union.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : ""),
        EnumType e => Description(e.Description) + "enum " + e.Name
            + Block(e.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : "")
            + Block(input.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new InvalidOperationException($"Unexpected type: {type}."),
    };

    /// <summary>One directive definition as SDL (graphql-js printDirective).</summary>
    public static string PrintDirective(DirectiveDefinition directive)
        => Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments, "")
            + (directive.IsRepeatable ? " repeatable" : "")
            + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));

    private static string Implements(ComplexType type)
        => type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string Fields(ComplexType type)
        => Block(type.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + f.Name
            + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
    }

    private static string Arguments(IReadOnlyList<InputValue> args, string indentation)
    {
        if (args.Count == 0) return "";
        if (args.All(a => a.Description is null)) return "(" + string.Join(", ", args.Select(InputValue)) + ")";
        return "(\n" + string.Join("\n", args.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a)))
            + "\n" + indentation + ")";
    }

    private static string InputValue(InputValue value)
    {
        var text = value.Name + ": " + value.Type;
        if (value.DefaultValue is { } defaultValue) text += " = " + Printer.Print((SyntaxNode)defaultValue);
        return text + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason)
    {
        if (reason is null) return "";
        return reason == BuiltInTypes.DefaultDeprecationReason ? " @deprecated" : " @deprecated(reason: " + Printer.PrintString(reason) + ")";
    }

    private static string SpecifiedBy(ScalarType scalar)
        => scalar.SpecifiedByUrl is null ? "" : " @specifiedBy(url: " + Printer.PrintString(scalar.SpecifiedByUrl) + ")";

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null) return "";
        var literal = IsPrintableAsBlockString(description) ? Printer.PrintBlockString(description) : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }

    /// <summary>graphql-js isPrintableAsBlockString: whether the value survives a block string round trip.</summary>
    internal static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0) return true;
        bool isEmptyLine = true, hasIndent = false, hasCommonIndent = true, seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F' or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine) return false;
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }
        if (isEmptyLine) return false;
        return !(hasCommonIndent && seenNonEmptyLine);
    }
}
