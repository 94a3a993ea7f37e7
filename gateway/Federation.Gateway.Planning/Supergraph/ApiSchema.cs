using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.Gateway.Planning.Supergraph;

/// <summary>
/// The API schema of a supergraph (Federation v2 "API schema"): the supergraph without the join/link/core machinery,
/// without federation directives and without @inaccessible elements. Clients are validated and introspect against it.
/// </summary>
public static class ApiSchema
{
    private static readonly HashSet<string> RemovedDirectives = new(StringComparer.Ordinal)
    {
        "link", "core", "inaccessible", "tag", "authenticated", "requiresScopes", "policy", "cost", "listSize", "context",
    };

    /// <summary>The API schema, read-only; <paramref name="configure"/> binds resolvers before it is frozen.</summary>
    public static Schema Build(DocumentNode supergraph, Action<Schema>? configure = null)
    {
        var api = Document(supergraph);
        try
        {
            var builder = new SchemaBuilder().AddDocument(api);
            if (configure is not null) builder.Configure(configure);
            return builder.Build();
        }
        catch (Exception ex) when (ex is SchemaException or GraphQLSyntaxException or InvalidOperationException)
        {
            throw new SupergraphException("The API schema of the supergraph does not build: " + ex.Message, ex);
        }
    }

    /// <summary>The API schema's definitions: the supergraph's without federation machinery and @inaccessible elements.</summary>
    public static DocumentNode Document(DocumentNode supergraph)
    {
        var definitions = new List<IDefinitionNode>();
        foreach (var definition in supergraph.Definitions)
        {
            switch (definition)
            {
                case DirectiveDefinitionNode d when IsRemovedDirective(d.Name.Value):
                    continue;
                case NamedTypeSystemNode t when SupergraphReader.IsFederationMachinery(t.Name.Value) || IsInaccessible(t.Directives):
                    continue;
                case SchemaDefinitionNode s:
                    definitions.Add(new SchemaDefinitionNode(s.Description, Strip(s.Directives), s.OperationTypes));
                    continue;
                case SchemaExtensionNode:
                    continue;
                case NamedTypeSystemNode t:
                    definitions.Add(StripType(t));
                    continue;
                default:
                    definitions.Add(definition);
                    continue;
            }
        }
        return new DocumentNode(definitions);
    }

    private static bool IsRemovedDirective(string name)
        => RemovedDirectives.Contains(name) || SupergraphReader.IsFederationMachinery(name) || name.StartsWith("federation__", StringComparison.Ordinal);

    private static bool IsInaccessible(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var d in directives)
        {
            if (d.Name.Value == "inaccessible") return true;
        }
        return false;
    }

    private static IReadOnlyList<DirectiveNode> Strip(IReadOnlyList<DirectiveNode> directives)
        => directives.Where(d => !IsRemovedDirective(d.Name.Value)).ToList();

    private static IReadOnlyList<FieldDefinitionNode> Fields(IReadOnlyList<FieldDefinitionNode> fields)
        => fields.Where(f => !IsInaccessible(f.Directives))
            .Select(f => new FieldDefinitionNode(f.Description, f.Name, Inputs(f.Arguments), f.Type, Strip(f.Directives)))
            .ToList();

    private static IReadOnlyList<InputValueDefinitionNode> Inputs(IReadOnlyList<InputValueDefinitionNode> inputs)
        => inputs.Where(i => !IsInaccessible(i.Directives))
            .Select(i => new InputValueDefinitionNode(i.Description, i.Name, i.Type, i.DefaultValue, Strip(i.Directives)))
            .ToList();

    private static IDefinitionNode StripType(NamedTypeSystemNode node)
    {
        var directives = Strip(node.Directives);
        return node switch
        {
            ObjectTypeDefinitionNode o => new ObjectTypeDefinitionNode(o.Description, o.Name, o.Interfaces, directives, Fields(o.Fields), o.IsExtension),
            InterfaceTypeDefinitionNode i => new InterfaceTypeDefinitionNode(i.Description, i.Name, i.Interfaces, directives, Fields(i.Fields), i.IsExtension),
            UnionTypeDefinitionNode u => new UnionTypeDefinitionNode(u.Description, u.Name, directives, u.Types, u.IsExtension),
            EnumTypeDefinitionNode e => new EnumTypeDefinitionNode(e.Description, e.Name, directives,
                e.Values.Where(v => !IsInaccessible(v.Directives))
                    .Select(v => new EnumValueDefinitionNode(v.Description, v.Name, Strip(v.Directives))).ToList(), e.IsExtension),
            InputObjectTypeDefinitionNode io => new InputObjectTypeDefinitionNode(io.Description, io.Name, directives, Inputs(io.Fields), io.IsExtension),
            ScalarTypeDefinitionNode s => new ScalarTypeDefinitionNode(s.Description, s.Name, directives, s.IsExtension),
            _ => (IDefinitionNode)node,
        };
    }
}
