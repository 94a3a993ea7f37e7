using System.Text;
using Federation.Composition.Merging;
using Federation.Composition.Parsing;
using Federation.GraphQL.Language;

namespace Federation.Composition.Supergraph;

/// <summary>
/// Phase 4: prints the merged model as a supergraph (supergraph format: <c>@link</c> to link v1.0 and join, the
/// <c>join__Graph</c> enum, <c>@join__*</c> on every element), laid out as Apollo's composition lays it out.
/// </summary>
internal static class SupergraphPrinter
{
    public static string Print(MergedSupergraph supergraph, int maxFederationMinor)
    {
        var join = JoinSpec.Version(maxFederationMinor);
        var all = supergraph.Types.Values.SelectMany(AllElements).ToList();
        var usesInaccessible = all.Any(e => e.Inaccessible);
        var usesTag = all.Any(e => e.Tags.Count > 0);
        var usesAuthenticated = all.Any(e => e.Authenticated);

        var blocks = new List<string>();
        var schema = new StringBuilder("schema\n  @link(url: \"https://specs.apollo.dev/link/v1.0\")\n");
        schema.Append("  @link(url: \"https://specs.apollo.dev/join/v").Append(join).Append("\", for: EXECUTION)\n");
        if (usesTag) schema.Append("  @link(url: \"https://specs.apollo.dev/tag/v0.3\")\n");
        if (usesInaccessible) schema.Append("  @link(url: \"https://specs.apollo.dev/inaccessible/v0.2\", for: SECURITY)\n");
        if (usesAuthenticated) schema.Append("  @link(url: \"https://specs.apollo.dev/authenticated/v0.1\", for: SECURITY)\n");
        schema.Append("{\n");
        foreach (var (operation, root) in new[] { ("query", "Query"), ("mutation", "Mutation"), ("subscription", "Subscription") })
        {
            if (supergraph.Types.ContainsKey(root)) schema.Append("  ").Append(operation).Append(": ").Append(root).Append('\n');
        }
        blocks.Add(schema.Append('}').ToString());

        var directives = JoinSpec.Directives(join).ToList();
        if (usesInaccessible) directives.Add(JoinSpec.InaccessibleDefinition);
        if (usesTag) directives.Add(JoinSpec.TagDefinition);
        if (usesAuthenticated) directives.Add(JoinSpec.AuthenticatedDefinition);
        blocks.AddRange(directives.OrderBy(d => d, StringComparer.OrdinalIgnoreCase));

        var types = new List<(string Name, string Sdl)>(JoinSpec.Types(join)) { ("join__Graph", GraphEnum(supergraph)) };
        foreach (var type in supergraph.Types.Values) types.Add((type.Name, PrintType(type)));
        blocks.AddRange(types.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Name, StringComparer.Ordinal).Select(t => t.Sdl));
        return string.Join("\n\n", blocks) + "\n";
    }

    private static IEnumerable<MElement> AllElements(MType type)
    {
        yield return type;
        foreach (var f in type.Fields.Values)
        {
            yield return f;
            foreach (var a in f.Arguments) yield return a;
        }
        foreach (var v in type.Values.Values) yield return v;
    }

    private static string GraphEnum(MergedSupergraph supergraph)
    {
        var sb = new StringBuilder("enum join__Graph {\n");
        foreach (var g in supergraph.Graphs)
            sb.Append("  ").Append(g.EnumName).Append(" @join__graph(name: ").Append(Printer.PrintString(g.Name)).Append(", url: ").Append(Printer.PrintString(g.Url)).Append(")\n");
        return sb.Append('}').ToString();
    }

    private static string PrintType(MType type)
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
        if (type.Interfaces.Count > 0) sb.Append(" implements ").AppendJoin(" & ", type.Interfaces);
        var directives = new List<string>();
        foreach (var (graph, iface) in type.Implements) directives.Add($"@join__implements(graph: {graph.EnumName}, interface: {Printer.PrintString(iface)})");
        foreach (var j in type.Joins) directives.Add(JoinTypeDirective(j));
        foreach (var (graph, member) in type.UnionMembers) directives.Add($"@join__unionMember(graph: {graph.EnumName}, member: {Printer.PrintString(member)})");
        directives.AddRange(Marks(type));
        foreach (var d in directives) sb.Append("\n  ").Append(d);
        switch (type.Kind)
        {
            case TypeKind.Union:
                if (type.Members.Count > 0) sb.Append("\n = ").AppendJoin(" | ", type.Members);
                return sb.ToString();
            case TypeKind.Scalar:
                return sb.ToString();
        }
        sb.Append(directives.Count > 0 ? "\n{\n" : " {\n");
        var first = true;
        foreach (var field in type.Kind == TypeKind.Enum ? type.Values.Values : type.Fields.Values)
        {
            if (!first && (field.Description is not null && type.Kind == TypeKind.Enum)) sb.Append('\n');
            first = false;
            Description(sb, field.Description, "  ");
            sb.Append("  ").Append(field.Name);
            if (field.Arguments.Count > 0) Arguments(sb, field.Arguments);
            if (type.Kind != TypeKind.Enum) sb.Append(": ").Append(TypeRelations.Print(field.Type));
            if (field.DefaultValue is { } d) sb.Append(" = ").Append(Printer.Print((SyntaxNode)d));
            foreach (var m in FieldDirectives(type, field)) sb.Append(' ').Append(m);
            sb.Append('\n');
        }
        return sb.Append('}').ToString();
    }

    private static IEnumerable<string> FieldDirectives(MType type, MField field)
    {
        if (type.Kind == TypeKind.Enum)
        {
            foreach (var m in Marks(field)) yield return m;
            foreach (var g in field.Graphs) yield return $"@join__enumValue(graph: {g.EnumName})";
            yield break;
        }
        foreach (var m in Marks(field).Where(m => !m.StartsWith("@tag", StringComparison.Ordinal))) yield return m;
        foreach (var j in field.Joins) yield return JoinFieldDirective(j);
        foreach (var m in Marks(field).Where(m => m.StartsWith("@tag", StringComparison.Ordinal))) yield return m;
    }

    private static void Arguments(StringBuilder sb, List<MField> arguments)
    {
        var parts = arguments.Select(a =>
        {
            var s = a.Name + ": " + TypeRelations.Print(a.Type);
            if (a.DefaultValue is { } d) s += " = " + Printer.Print((SyntaxNode)d);
            foreach (var m in Marks(a)) s += " " + m;
            return s;
        }).ToList();
        if (arguments.Any(a => a.Description is not null))
        {
            sb.Append("(\n");
            for (var i = 0; i < arguments.Count; i++)
            {
                Description(sb, arguments[i].Description, "    ");
                sb.Append("    ").Append(parts[i]).Append('\n');
            }
            sb.Append("  )");
            return;
        }
        sb.Append('(').AppendJoin(", ", parts).Append(')');
    }

    private static IEnumerable<string> Marks(MElement element)
    {
        if (element.Authenticated) yield return "@authenticated";
        if (element.IsDeprecated)
            yield return element.DeprecationReason is null || element.DeprecationReason == "No longer supported" ? "@deprecated" : $"@deprecated(reason: {Printer.PrintString(element.DeprecationReason)})";
        if (element.Inaccessible) yield return "@inaccessible";
        foreach (var tag in element.Tags) yield return $"@tag(name: {Printer.PrintString(tag)})";
    }

    private static string JoinTypeDirective(JoinType j)
    {
        var args = new List<string> { "graph: " + j.Graph.EnumName };
        if (j.Key is not null) args.Add("key: " + Printer.PrintString(j.Key));
        if (j.Extension) args.Add("extension: true");
        if (!j.Resolvable) args.Add("resolvable: false");
        if (j.IsInterfaceObject) args.Add("isInterfaceObject: true");
        return $"@join__type({string.Join(", ", args)})";
    }

    private static string JoinFieldDirective(JoinField j)
    {
        var args = new List<string> { "graph: " + j.Graph.EnumName };
        if (j.Requires is not null) args.Add("requires: " + Printer.PrintString(j.Requires));
        if (j.Provides is not null) args.Add("provides: " + Printer.PrintString(j.Provides));
        if (j.Type is not null) args.Add("type: " + Printer.PrintString(j.Type));
        if (j.External) args.Add("external: true");
        if (j.Override is not null) args.Add("override: " + Printer.PrintString(j.Override));
        if (j.UsedOverridden) args.Add("usedOverridden: true");
        if (j.OverrideLabel is not null) args.Add("overrideLabel: " + Printer.PrintString(j.OverrideLabel));
        return $"@join__field({string.Join(", ", args)})";
    }

    private static void Description(StringBuilder sb, string? description, string indent)
    {
        if (description is null) return;
        if (!description.Contains('\n') && !description.Contains('"'))
        {
            sb.Append(indent).Append("\"\"\"").Append(description).Append("\"\"\"\n");
            return;
        }
        sb.Append(indent).Append("\"\"\"\n");
        foreach (var line in description.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal).Split('\n')) sb.Append(indent).Append(line).Append('\n');
        sb.Append(indent).Append("\"\"\"\n");
    }
}
