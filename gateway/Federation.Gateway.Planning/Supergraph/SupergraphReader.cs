using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.Gateway.Planning.Supergraph;

/// <summary>Reads a supergraph SDL in the join v0.3-v0.5 format (as @apollo/composition writes it) into a <see cref="SupergraphModel"/>.</summary>
public static partial class SupergraphReader
{
    public static SupergraphModel Read(string sdl)
    {
        var document = Parser.Parse(sdl, ParserOptions.TrustedSource);
        var graphs = ReadGraphs(document);
        if (graphs.Count == 0) throw new SupergraphException("The supergraph has no join__Graph enum: not a supergraph.");
        var types = new Dictionary<string, SupergraphType>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is not NamedTypeSystemNode node) continue;
            var name = node.Name.Value;
            if (IsFederationMachinery(name)) continue;
            if (!types.TryGetValue(name, out var type))
            {
                type = new SupergraphType(name, KindOf(node));
                types.Add(name, type);
            }
            ReadType(type, node);
        }
        var api = ApiSchema.Build(document);
        return new SupergraphModel(graphs, types, api, ReadRootTypes(document)) { Document = document };
    }

    internal static bool IsFederationMachinery(string name)
        => name.StartsWith("join__", StringComparison.Ordinal) || name.StartsWith("link__", StringComparison.Ordinal)
           || name.StartsWith("core__", StringComparison.Ordinal);

    private static Dictionary<string, SubgraphInfo> ReadGraphs(DocumentNode document)
    {
        var graphs = new Dictionary<string, SubgraphInfo>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is not EnumTypeDefinitionNode { Name.Value: "join__Graph" } graphEnum) continue;
            foreach (var value in graphEnum.Values)
            {
                var join = Named(value.Directives, "join__graph").FirstOrDefault();
                var name = join is null ? value.Name.Value.ToLowerInvariant() : StringArg(join, "name") ?? value.Name.Value;
                var url = join is null ? "" : StringArg(join, "url") ?? "";
                graphs[value.Name.Value] = new SubgraphInfo(value.Name.Value, name, url);
            }
        }
        return graphs;
    }

    private static Dictionary<OperationType, string> ReadRootTypes(DocumentNode document)
    {
        var roots = new Dictionary<OperationType, string>
        {
            [OperationType.Query] = "Query", [OperationType.Mutation] = "Mutation", [OperationType.Subscription] = "Subscription",
        };
        foreach (var definition in document.Definitions)
        {
            if (definition is SchemaDefinitionNode schema)
            {
                foreach (var op in schema.OperationTypes) roots[op.Operation] = op.Type.Name.Value;
            }
        }
        return roots;
    }

    private static TypeKind KindOf(NamedTypeSystemNode node) => node switch
    {
        ObjectTypeDefinitionNode => TypeKind.Object,
        InterfaceTypeDefinitionNode => TypeKind.Interface,
        UnionTypeDefinitionNode => TypeKind.Union,
        EnumTypeDefinitionNode => TypeKind.Enum,
        InputObjectTypeDefinitionNode => TypeKind.InputObject,
        _ => TypeKind.Scalar,
    };

    private static void ReadType(SupergraphType type, NamedTypeSystemNode node)
    {
        foreach (var d in Named(node.Directives, "join__type"))
        {
            var graph = StringArg(d, "graph")!;
            if (!type.Graphs.TryGetValue(graph, out var inGraph)) type.Graphs[graph] = inGraph = new TypeInGraph(graph);
            if (StringArg(d, "key") is { } key)
            {
                inGraph.Keys.Add(new KeyInfo(graph, FieldSets.Parse(key), key, BoolArg(d, "resolvable", true)));
            }
            if (BoolArg(d, "isInterfaceObject")) inGraph.IsInterfaceObject = true;
            if (BoolArg(d, "extension")) inGraph.Extension = true;
        }
        foreach (var d in Named(node.Directives, "join__implements"))
        {
            Add(type.Implements, StringArg(d, "graph")!, StringArg(d, "interface")!);
        }
        foreach (var d in Named(node.Directives, "join__unionMember"))
        {
            Add(type.UnionMembers, StringArg(d, "graph")!, StringArg(d, "member")!);
        }
        switch (node)
        {
            case ObjectTypeDefinitionNode o:
                type.AllInterfaces.AddRange(o.Interfaces.Select(i => i.Name.Value));
                ReadFields(type, o.Fields);
                break;
            case InterfaceTypeDefinitionNode i:
                type.AllInterfaces.AddRange(i.Interfaces.Select(x => x.Name.Value));
                ReadFields(type, i.Fields);
                break;
            case UnionTypeDefinitionNode u:
                type.AllUnionMembers.AddRange(u.Types.Select(t => t.Name.Value));
                break;
        }
    }

    private static void Add(Dictionary<string, HashSet<string>> map, string graph, string value)
    {
        if (!map.TryGetValue(graph, out var set)) map[graph] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(value);
    }

    private static void ReadFields(SupergraphType type, IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var f in fields)
        {
            var field = new SupergraphField(f.Name.Value, f.Type);
            type.Fields[field.Name] = field;
            foreach (var d in Named(f.Directives, "join__field"))
            {
                if (StringArg(d, "graph") is not { } graph)
                {
                    field.HasBareJoin = true;
                    continue;
                }
                var join = new FieldInGraph(graph)
                {
                    External = BoolArg(d, "external"),
                    OverrideFrom = StringArg(d, "override"),
                    OverrideLabel = StringArg(d, "overrideLabel"),
                    UsedOverridden = BoolArg(d, "usedOverridden"),
                    Type = StringArg(d, "type"),
                };
                if (StringArg(d, "requires") is { } requires) join.Requires = FieldSets.Parse(requires);
                if (StringArg(d, "provides") is { } provides) join.Provides = FieldSets.Parse(provides);
                field.Joins.Add(join);
            }
        }
    }
}
