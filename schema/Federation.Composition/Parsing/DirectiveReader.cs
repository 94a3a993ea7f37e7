using Federation.GraphQL.Language;
using Federation.Spec;

namespace Federation.Composition.Parsing;

/// <summary>Reads the federation directives of one element through the subgraph's @link (imports, renames, namespace).</summary>
internal static class DirectiveReader
{
    /// <summary>Reads a type's directives into the type; answers whether this definition carries @shareable / @external.</summary>
    public static (bool Shareable, bool External) ReadType(ParsedSubgraph subgraph, SType type, IReadOnlyList<DirectiveNode> directives, Diagnostics diagnostics)
    {
        bool shareable = false, external = false;
        foreach (var directive in directives)
        {
            switch (subgraph.Link.SpecDirectiveName(directive.Name.Value))
            {
                case "key":
                    ReadKey(subgraph, type, directive, diagnostics);
                    break;
                case "shareable":
                    shareable = true;
                    type.Marks.Shareable = true;
                    break;
                case "external":
                    external = true;
                    break;
                case "extends":
                    type.IsExtension = true;
                    break;
                case "interfaceObject":
                    type.InterfaceObject = true;
                    break;
                case "inaccessible":
                    type.Marks.Inaccessible = true;
                    break;
                case "authenticated":
                    type.Marks.Authenticated = true;
                    break;
                case "tag":
                    if (StringArgument(directive, "name") is { } tag && !type.Marks.Tags.Contains(tag)) type.Marks.Tags.Add(tag);
                    break;
            }
        }
        return (shareable, external);
    }

    public static void ReadElement(ParsedSubgraph subgraph, FederationMarks marks, IReadOnlyList<DirectiveNode> directives, Diagnostics diagnostics)
    {
        _ = diagnostics;
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name == "deprecated")
            {
                marks.IsDeprecated = true;
                marks.Deprecated = StringArgument(directive, "reason");
                continue;
            }
            switch (subgraph.Link.SpecDirectiveName(name))
            {
                case "shareable": marks.Shareable = true; break;
                case "external": marks.External = true; break;
                case "inaccessible": marks.Inaccessible = true; break;
                case "authenticated": marks.Authenticated = true; break;
                case "tag":
                    if (StringArgument(directive, "name") is { } tag && !marks.Tags.Contains(tag)) marks.Tags.Add(tag);
                    break;
                case "requires":
                    marks.Requires = StringArgument(directive, "fields");
                    marks.RequiresNode = directive;
                    break;
                case "provides":
                    marks.Provides = StringArgument(directive, "fields");
                    marks.ProvidesNode = directive;
                    break;
                case "override":
                    marks.Override = StringArgument(directive, "from");
                    marks.OverrideLabel = StringArgument(directive, "label");
                    marks.OverrideNode = directive;
                    break;
            }
        }
    }

    private static void ReadKey(ParsedSubgraph subgraph, SType type, DirectiveNode directive, Diagnostics diagnostics)
    {
        var fields = StringArgument(directive, "fields");
        if (fields is null)
        {
            diagnostics.Error(Codes.KeyInvalidFields, $"[{subgraph.Name}] On type \"{type.Name}\", the @key directive needs a string \"fields\" argument.", subgraph.Name, directive);
            return;
        }
        if (!FieldSet.TryParse(fields, out var set, out var error))
        {
            diagnostics.Error(Codes.KeyInvalidFields, $"[{subgraph.Name}] On type \"{type.Name}\", for @key(fields: \"{fields}\"): {error}", subgraph.Name, directive);
            return;
        }
        var resolvable = SubgraphModel.Argument(directive, "resolvable") is not BooleanValueNode { Value: false };
        type.Keys.Add(new EntityKey(set!, resolvable));
    }

    public static string? StringArgument(DirectiveNode directive, string name)
        => SubgraphModel.Argument(directive, name) is StringValueNode s ? s.Value : null;
}
