using System.Text;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;
using Federation.Spec;

namespace Federation.Subgraph;

/// <summary>
/// Prints a code-first subgraph for <c>_service { sdl }</c>: the <c>@link</c> schema extension, then every type the
/// user defined with its applied directives (which <see cref="SchemaPrinter"/> leaves out), without the introspection
/// types, the built-in scalars and directives, nor the federation additions.
/// </summary>
internal static class SubgraphSdlPrinter
{
    public static string Print(Schema schema, FederationLink link, IReadOnlyList<string> schemaDirectives)
    {
        var reserved = FederationSpec.ReservedNames(link);
        var parts = new List<string> { string.Join("\n  ", ["extend schema " + link.PrintLinkDirective(), .. schemaDirectives]) };
        foreach (var directive in schema.Directives)
        {
            if (!BuiltInTypes.IsSpecifiedDirective(directive.Name) && !reserved.Contains("@" + directive.Name)) parts.Add(SchemaPrinter.PrintDirective(directive));
        }
        foreach (var type in schema.Types)
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal) || reserved.Contains(type.Name) || IsBuiltInScalar(type)) continue;
            parts.Add(PrintType(type));
        }
        return string.Join("\n\n", parts);
    }

    private static bool IsBuiltInScalar(NamedType type) => type is ScalarType && type.Name is "String" or "Int" or "Float" or "Boolean" or "ID";

    private static string PrintType(NamedType type)
    {
        var sdl = new StringBuilder();
        Description(sdl, type.Description, "");
        switch (type)
        {
            case ObjectType o:
                Complex(sdl.Append("type ").Append(o.Name), o);
                break;
            case InterfaceType i:
                Complex(sdl.Append("interface ").Append(i.Name), i);
                break;
            case UnionType u:
                sdl.Append("union ").Append(u.Name);
                Directives(sdl, u.Directives);
                if (u.Types.Count > 0) sdl.Append(" = ").AppendJoin(" | ", u.Types.Select(t => t.Name));
                break;
            case EnumType e:
                sdl.Append("enum ").Append(e.Name);
                Directives(sdl, e.Directives);
                sdl.Append(" {\n");
                foreach (var value in e.Values)
                {
                    Description(sdl, value.Description, "  ");
                    sdl.Append("  ").Append(value.Name);
                    Deprecated(sdl, value.DeprecationReason);
                    Directives(sdl, value.Directives);
                    sdl.Append('\n');
                }
                sdl.Append('}');
                break;
            case InputObjectType input:
                sdl.Append("input ").Append(input.Name);
                Directives(sdl, input.Directives);
                if (input.IsOneOf) sdl.Append(" @oneOf");
                sdl.Append(" {\n");
                foreach (var field in input.Fields)
                {
                    Description(sdl, field.Description, "  ");
                    sdl.Append("  ");
                    InputValue(sdl, field);
                    sdl.Append('\n');
                }
                sdl.Append('}');
                break;
            case ScalarType s:
                sdl.Append("scalar ").Append(s.Name);
                if (s.SpecifiedByUrl is { } url) sdl.Append(" @specifiedBy(url: ").Append(Printer.PrintString(url)).Append(')');
                Directives(sdl, s.Directives);
                break;
        }
        return sdl.ToString();
    }

    private static void Complex(StringBuilder sdl, ComplexType type)
    {
        if (type.Interfaces.Count > 0) sdl.Append(" implements ").AppendJoin(" & ", type.Interfaces.Select(i => i.Name));
        Directives(sdl, type.Directives);
        sdl.Append(" {\n");
        foreach (var field in type.Fields)
        {
            if (field.Name is "_service" or "_entities") continue;
            Description(sdl, field.Description, "  ");
            sdl.Append("  ").Append(field.Name);
            if (field.Arguments.Count > 0)
            {
                sdl.Append('(');
                for (var i = 0; i < field.Arguments.Count; i++)
                {
                    if (i > 0) sdl.Append(", ");
                    InputValue(sdl, field.Arguments[i]);
                }
                sdl.Append(')');
            }
            sdl.Append(": ").Append(field.Type);
            Deprecated(sdl, field.DeprecationReason);
            Directives(sdl, field.Directives);
            sdl.Append('\n');
        }
        sdl.Append('}');
    }

    private static void InputValue(StringBuilder sdl, InputValue value)
    {
        sdl.Append(value.Name).Append(": ").Append(value.Type);
        if (value.DefaultValue is { } defaultValue) sdl.Append(" = ").Append(Printer.Print((SyntaxNode)defaultValue));
        Deprecated(sdl, value.DeprecationReason);
        Directives(sdl, value.Directives);
    }

    private static void Directives(StringBuilder sdl, IEnumerable<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == "deprecated") continue;
            sdl.Append(' ').Append(Printer.Print(directive));
        }
    }

    private static void Deprecated(StringBuilder sdl, string? reason)
    {
        if (reason is null) return;
        sdl.Append(reason == "No longer supported" ? " @deprecated" : " @deprecated(reason: " + Printer.PrintString(reason) + ")");
    }

    private static void Description(StringBuilder sdl, string? description, string indent)
    {
        if (string.IsNullOrEmpty(description)) return;
        sdl.Append(indent).Append(Printer.PrintString(description)).Append('\n');
    }
}
