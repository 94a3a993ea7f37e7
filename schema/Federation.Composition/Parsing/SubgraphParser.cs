using Federation.GraphQL;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;
using Federation.Spec;

namespace Federation.Composition.Parsing;

/// <summary>
/// Phase 1: each subgraph SDL to a <see cref="ParsedSubgraph"/>: parse (INVALID_GRAPHQL), read the federation @link
/// (unknown version, bad imports), fold type extensions into their types and resolve federation directives by their
/// local names (federation spec, "@link" imports and renames).
/// </summary>
internal static class SubgraphParser
{
    public static ParsedSubgraph? Parse(SubgraphSource source, Diagnostics diagnostics)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(source.Sdl);
        }
        catch (GraphQLSyntaxException e)
        {
            diagnostics.Errors.Add(GraphQLError.FromSyntaxException(e).WithCode(Codes.InvalidGraphQL).WithSource(source.Name));
            return null;
        }
        FederationLink link;
        try
        {
            link = FederationLink.Read(document);
        }
        catch (SchemaException e)
        {
            foreach (var error in e.Errors)
            {
                var code = error.Message.StartsWith("Unknown version", StringComparison.Ordinal) ? Codes.UnknownFederationLinkVersion : Codes.InvalidLinkDirectiveUsage;
                diagnostics.Errors.Add(error.WithCode(code).WithSource(source.Name));
            }
            return null;
        }
        var subgraph = new ParsedSubgraph(source, link);
        var reserved = FederationSpec.ReservedNames(link);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode s:
                    foreach (var op in s.OperationTypes) subgraph.Roots[OperationName(op.Operation)] = op.Type.Name.Value;
                    break;
                case SchemaExtensionNode e:
                    foreach (var op in e.OperationTypes) subgraph.Roots[OperationName(op.Operation)] = op.Type.Name.Value;
                    break;
                case NamedTypeSystemNode type when !reserved.Contains(type.Name.Value) && !IsSpecType(type.Name.Value, link):
                    AddType(subgraph, type, diagnostics);
                    break;
            }
        }
        foreach (var operation in new[] { "query", "mutation", "subscription" })
        {
            var name = ParsedSubgraph.RootName(operation);
            if (!subgraph.Roots.ContainsKey(operation) && subgraph.Types.ContainsKey(name)) subgraph.Roots[operation] = name;
        }
        // Root types take their default names in the supergraph (composition rules: root types).
        foreach (var (operation, name) in subgraph.Roots.ToList())
        {
            var standard = ParsedSubgraph.RootName(operation);
            if (name != standard && subgraph.Types.Remove(name, out var root)) subgraph.Types[standard] = Renamed(root, standard);
        }
        // Every subgraph has a query type (the subgraph spec adds _service there), so it is joined to every graph.
        if (subgraph.Types.TryGetValue("Query", out var query))
        {
            query.Fields.Remove("_service");
            query.Fields.Remove("_entities");
        }
        else
        {
            subgraph.Types["Query"] = new SType("Query", TypeKind.Object, new NameNode("Query"));
            subgraph.Roots["query"] = "Query";
        }
        return subgraph;
    }

    private static bool IsSpecType(string name, FederationLink link)
        => name.StartsWith("link__", StringComparison.Ordinal) || (link.IsFederation2 && name.StartsWith(link.Prefix + "__", StringComparison.Ordinal));

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static SType Renamed(SType type, string name)
    {
        var copy = new SType(name, type.Kind, type.Node) { Description = type.Description, IsExtension = type.IsExtension };
        foreach (var (k, v) in type.Fields) copy.Fields[k] = v;
        copy.Interfaces.AddRange(type.Interfaces);
        copy.Keys.AddRange(type.Keys);
        return copy;
    }

    private static void AddType(ParsedSubgraph subgraph, NamedTypeSystemNode node, Diagnostics diagnostics)
    {
        var kind = node switch
        {
            ObjectTypeDefinitionNode => TypeKind.Object,
            InterfaceTypeDefinitionNode => TypeKind.Interface,
            UnionTypeDefinitionNode => TypeKind.Union,
            EnumTypeDefinitionNode => TypeKind.Enum,
            InputObjectTypeDefinitionNode => TypeKind.InputObject,
            _ => TypeKind.Scalar,
        };
        var name = node.Name.Value;
        if (!subgraph.Types.TryGetValue(name, out var type))
        {
            subgraph.Types[name] = type = new SType(name, kind, node) { IsExtension = true };
        }
        else if (type.Kind != kind)
        {
            diagnostics.Error(Codes.InvalidGraphQL, $"[{subgraph.Name}] Type \"{name}\" is defined as a {type.Kind} and extended as a {kind}.", subgraph.Name, node);
            return;
        }
        if (!node.IsExtension) type.IsExtension = false;
        if (node.Description is { } description) type.Description ??= description.Value;
        var (shareable, external) = DirectiveReader.ReadType(subgraph, type, node.Directives, diagnostics);
        switch (node)
        {
            case ObjectTypeDefinitionNode o:
                foreach (var i in o.Interfaces) if (!type.Interfaces.Contains(i.Name.Value)) type.Interfaces.Add(i.Name.Value);
                AddFields(subgraph, type, o.Fields, shareable, external, diagnostics);
                break;
            case InterfaceTypeDefinitionNode i:
                foreach (var n in i.Interfaces) if (!type.Interfaces.Contains(n.Name.Value)) type.Interfaces.Add(n.Name.Value);
                AddFields(subgraph, type, i.Fields, shareable, external, diagnostics);
                break;
            case UnionTypeDefinitionNode u:
                foreach (var m in u.Types) if (!type.Members.Contains(m.Name.Value)) type.Members.Add(m.Name.Value);
                break;
            case EnumTypeDefinitionNode e:
                foreach (var v in e.Values)
                {
                    var value = new SField(v.Name.Value, new NamedTypeNode(new NameNode(name)), v.Description?.Value, v);
                    DirectiveReader.ReadElement(subgraph, value.Marks, v.Directives, diagnostics);
                    type.Values.TryAdd(value.Name, value);
                }
                break;
            case InputObjectTypeDefinitionNode input:
                foreach (var f in input.Fields) type.Fields.TryAdd(f.Name.Value, InputValue(subgraph, f, diagnostics));
                break;
        }
    }

    private static void AddFields(ParsedSubgraph subgraph, SType type, IReadOnlyList<FieldDefinitionNode> fields, bool shareable, bool external, Diagnostics diagnostics)
    {
        foreach (var f in fields)
        {
            var field = new SField(f.Name.Value, f.Type, f.Description?.Value, f);
            DirectiveReader.ReadElement(subgraph, field.Marks, f.Directives, diagnostics);
            // A type-level @shareable or @external applies to the fields of the definition (or extension) it is on.
            field.Marks.Shareable |= shareable;
            field.Marks.External |= external;
            foreach (var a in f.Arguments) field.Arguments.Add(InputValue(subgraph, a, diagnostics));
            type.Fields.TryAdd(field.Name, field);
        }
    }

    private static SField InputValue(ParsedSubgraph subgraph, InputValueDefinitionNode node, Diagnostics diagnostics)
    {
        var value = new SField(node.Name.Value, node.Type, node.Description?.Value, node) { DefaultValue = node.DefaultValue };
        DirectiveReader.ReadElement(subgraph, value.Marks, node.Directives, diagnostics);
        return value;
    }
}
