using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>
/// Builds the schema model from the type-system definitions and extensions of a document (graphql-js buildASTSchema
/// with every extension of the same document applied, wherever it stands). Reports references it cannot represent.
/// </summary>
internal sealed class SdlTypeBuilder
{
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ITypeDefinitionOrExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly List<ITypeDefinitionNode> _definitions = [];
    private readonly List<DirectiveDefinitionNode> _directiveDefinitions = [];
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];
    private readonly List<GraphQLError> _unknownTypes = [];
    private SchemaDefinitionNode? _schemaDefinition;

    /// <summary>Errors that schema validation reports: root types, interfaces and union members of the wrong kind.</summary>
    public StructuralErrors Structural { get; } = new();

    public Schema Build(DocumentNode document, IReadOnlyDictionary<string, ScalarType> boundScalars, IReadOnlyList<NamedType> introspectionTypes)
    {
        Collect(document);

        foreach (var scalar in BuiltInTypes.Scalars) _types[scalar.Name] = scalar;
        foreach (var type in introspectionTypes) _types[type.Name] = type;
        foreach (var (name, scalar) in boundScalars) _types.TryAdd(name, scalar);

        // Phase 1: one named type per definition, so that references can be resolved in any order.
        var documentTypes = new List<NamedType>(_definitions.Count);
        var built = new List<(NamedType Type, ITypeDefinitionNode Node)>();
        foreach (var definition in _definitions)
        {
            var name = definition.Name.Value;
            if (BuiltInTypes.GetScalar(name) is { } std) { documentTypes.Add(std); continue; }
            if (Introspection.Introspection.IsIntrospectionType(name) && _types.TryGetValue(name, out var meta)) { documentTypes.Add(meta); continue; }
            var type = CreateType(definition, boundScalars);
            type.SyntaxNode = definition;
            if (_extensions.TryGetValue(name, out var extensions)) type.ExtensionNodes.AddRange(extensions);
            _types[name] = type;
            documentTypes.Add(type);
            built.Add((type, definition));
        }

        // Phase 2: members, now that every name is known.
        foreach (var (type, definition) in built) Populate(type, definition);

        var directives = new List<DirectiveDefinition>();
        foreach (var node in _directiveDefinitions) directives.Add(BuildDirective(node));
        foreach (var std in BuiltInTypes.SpecifiedDirectives)
        {
            if (!directives.Exists(d => d.Name == std.Name)) directives.Add(std);
        }

        var (query, mutation, subscription) = ResolveRootTypes();

        if (_unknownTypes.Count > 0) throw new SchemaException(_unknownTypes);

        var ordered = TypeMapOrder.Collect(documentTypes, query, mutation, subscription, directives, introspectionTypes);
        var schema = new Schema(query, mutation, subscription, ordered, directives, _schemaDefinition?.Description?.Value, freeze: false)
        {
            SyntaxNode = _schemaDefinition,
        };
        schema.ExtensionNodes.AddRange(_schemaExtensions);
        if (_schemaDefinition is not null) schema.AppliedDirectives.AddRange(_schemaDefinition.Directives);
        foreach (var extension in _schemaExtensions) schema.AppliedDirectives.AddRange(extension.Directives);
        return schema;
    }

    private void Collect(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schemaDefinition: _schemaDefinition = schemaDefinition; break;
                case SchemaExtensionNode schemaExtension: _schemaExtensions.Add(schemaExtension); break;
                case DirectiveDefinitionNode directive: _directiveDefinitions.Add(directive); break;
                case ITypeDefinitionNode { IsExtension: false } type: _definitions.Add(type); break;
                case ITypeDefinitionOrExtensionNode extension:
                    if (!_extensions.TryGetValue(extension.Name.Value, out var list)) _extensions[extension.Name.Value] = list = [];
                    list.Add(extension);
                    break;
            }
        }
    }

    private static NamedType CreateType(ITypeDefinitionNode node, IReadOnlyDictionary<string, ScalarType> boundScalars)
    {
        var name = node.Name.Value;
        var description = node.Description?.Value;
        switch (node)
        {
            case ScalarTypeDefinitionNode:
                if (boundScalars.TryGetValue(name, out var bound))
                {
                    bound.Description ??= description;
                    return bound;
                }
                return new SdlScalarType(name, description);
            case ObjectTypeDefinitionNode: return new ObjectType(name, description);
            case InterfaceTypeDefinitionNode: return new InterfaceType(name, description);
            case UnionTypeDefinitionNode: return new UnionType(name, description);
            case EnumTypeDefinitionNode: return new EnumType(name, description);
            case InputObjectTypeDefinitionNode input:
                return new InputObjectType(name, description) { IsOneOf = input.Directives.Any(d => d.Name.Value == "oneOf") };
            default: throw new InvalidOperationException($"Unexpected definition {node.Kind}.");
        }
    }

    private IEnumerable<ITypeDefinitionOrExtensionNode> AllNodes(ITypeDefinitionNode definition)
    {
        yield return definition;
        if (_extensions.TryGetValue(definition.Name.Value, out var extensions))
        {
            foreach (var e in extensions) yield return e;
        }
    }

    private void Populate(NamedType type, ITypeDefinitionNode definition)
    {
        foreach (var node in AllNodes(definition))
        {
            type.Directives.AddRange(node.Directives);
            switch (type, node)
            {
                case (ScalarType scalar, ScalarTypeDefinitionNode s):
                    if (SpecifiedByUrl(s) is { } url) scalar.SpecifiedByUrl = url;
                    break;
                case (ComplexType complex, IComplexTypeDefinitionNode c):
                    foreach (var i in c.Interfaces) AddInterface(complex, i);
                    foreach (var f in c.Fields) complex.Fields.Add(BuildField(f));
                    break;
                case (UnionType union, UnionTypeDefinitionNode u):
                    foreach (var member in u.Types) AddUnionMember(union, member);
                    break;
                case (EnumType enumType, EnumTypeDefinitionNode e):
                    foreach (var v in e.Values)
                    {
                        var value = new EnumValue(v.Name.Value, description: v.Description?.Value, deprecationReason: DeprecationReason(v.Directives))
                        {
                            SyntaxNode = v,
                        };
                        value.Directives.AddRange(v.Directives);
                        enumType.Values.Add(value);
                    }
                    break;
                case (InputObjectType input, InputObjectTypeDefinitionNode i):
                    foreach (var f in i.Fields) input.Fields.Add(BuildInputValue(f));
                    break;
            }
        }
    }

    private void AddInterface(ComplexType type, NamedTypeNode node)
    {
        var resolved = Resolve(node);
        if (resolved is InterfaceType iface) type.Interfaces.Add(iface);
        else if (resolved is not null)
        {
            Structural.AddInterfaceError(type.Name, GraphQLError.At(
                $"Type {type.Name} must only implement Interface types, it cannot implement {resolved.Name}.", node));
        }
    }

    private void AddUnionMember(UnionType union, NamedTypeNode node)
    {
        var resolved = Resolve(node);
        if (resolved is ObjectType obj) union.Types.Add(obj);
        else if (resolved is not null)
        {
            Structural.AddUnionError(union.Name, GraphQLError.At(
                $"Union type {union.Name} can only include Object types, it cannot include {resolved.Name}.", node));
        }
    }

    private Field BuildField(FieldDefinitionNode node)
    {
        var field = new Field(node.Name.Value, ResolveType(node.Type), node.Description?.Value)
        {
            DeprecationReason = DeprecationReason(node.Directives),
            SyntaxNode = node,
        };
        field.Directives.AddRange(node.Directives);
        foreach (var arg in node.Arguments) field.Arguments.Add(BuildInputValue(arg));
        return field;
    }

    private InputValue BuildInputValue(InputValueDefinitionNode node)
    {
        var value = new InputValue(node.Name.Value, ResolveType(node.Type), node.Description?.Value)
        {
            DefaultValue = node.DefaultValue,
            DeprecationReason = DeprecationReason(node.Directives),
            SyntaxNode = node,
        };
        value.Directives.AddRange(node.Directives);
        return value;
    }

    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node)
    {
        var locations = new List<DirectiveLocation>();
        foreach (var l in node.Locations)
        {
            if (DirectiveLocationNames.TryParse(l.Value, out var location)) locations.Add(location);
        }
        var directive = new DirectiveDefinition(node.Name.Value, locations, node.Description?.Value, node.Repeatable) { SyntaxNode = node };
        foreach (var arg in node.Arguments) directive.Arguments.Add(BuildInputValue(arg));
        return directive;
    }

    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) ResolveRootTypes()
    {
        var roots = new NamedType?[3];
        var rootNodes = new NamedTypeNode?[3];
        var operationNodes = new List<OperationTypeDefinitionNode>();
        if (_schemaDefinition is not null) operationNodes.AddRange(_schemaDefinition.OperationTypes);
        foreach (var extension in _schemaExtensions) operationNodes.AddRange(extension.OperationTypes);
        foreach (var op in operationNodes)
        {
            roots[(int)op.Operation] = Resolve(op.Type);
            rootNodes[(int)op.Operation] = op.Type;
        }
        if (_schemaDefinition is null)
        {
            // graphql-js: without a schema definition, types named Query, Mutation and Subscription are the roots.
            string[] names = ["Query", "Mutation", "Subscription"];
            for (var i = 0; i < 3; i++)
            {
                if (_definitions.Exists(d => d.Name.Value == names[i]) && _types.TryGetValue(names[i], out var byName))
                {
                    roots[i] = byName;
                    rootNodes[i] = null;
                }
            }
        }
        return (Root(0), Root(1), Root(2));

        ObjectType? Root(int index)
        {
            if (roots[index] is null or ObjectType) return roots[index] as ObjectType;
            var operation = index switch { 0 => "Query", 1 => "Mutation", _ => "Subscription" };
            var message = index == 0
                ? $"{operation} root type must be Object type, it cannot be {roots[index]!.Name}."
                : $"{operation} root type must be Object type if provided, it cannot be {roots[index]!.Name}.";
            Structural.Root.Add(GraphQLError.At(message, (SyntaxNode?)rootNodes[index] ?? roots[index]!.SyntaxNode as SyntaxNode));
            return null;
        }
    }

    private GraphQLType ResolveType(ITypeNode node) => node switch
    {
        NonNullTypeNode nn => new NonNullType(ResolveType(nn.Type)),
        ListTypeNode l => new ListType(ResolveType(l.Type)),
        NamedTypeNode n => Resolve(n) ?? BuiltInTypes.String,
        _ => throw new InvalidOperationException($"Unexpected type node {node.Kind}."),
    };

    private NamedType? Resolve(NamedTypeNode node)
    {
        if (_types.TryGetValue(node.Name.Value, out var type)) return type;
        _unknownTypes.Add(GraphQLError.At($"Unknown type \"{node.Name.Value}\".", node));
        return null;
    }

    /// <summary>The reason of an applied @deprecated, its default when not given; null when not deprecated.</summary>
    internal static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var d in directives)
        {
            if (d.Name.Value != "deprecated") continue;
            foreach (var arg in d.Arguments)
            {
                if (arg.Name.Value == "reason" && arg.Value is StringValueNode s) return s.Value;
            }
            return BuiltInTypes.DefaultDeprecationReason;
        }
        return null;
    }

    private static string? SpecifiedByUrl(ScalarTypeDefinitionNode node)
    {
        foreach (var d in node.Directives)
        {
            if (d.Name.Value != "specifiedBy") continue;
            foreach (var arg in d.Arguments)
            {
                if (arg.Name.Value == "url" && arg.Value is StringValueNode s) return s.Value;
            }
        }
        return null;
    }
}

/// <summary>Schema validation errors found while building, where the model cannot hold the offending reference.</summary>
internal sealed class StructuralErrors
{
    public List<GraphQLError> Root { get; } = [];
    public Dictionary<string, List<GraphQLError>> Interfaces { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<GraphQLError>> UnionMembers { get; } = new(StringComparer.Ordinal);

    public void AddInterfaceError(string typeName, GraphQLError error) => Add(Interfaces, typeName, error);

    public void AddUnionError(string typeName, GraphQLError error) => Add(UnionMembers, typeName, error);

    private static void Add(Dictionary<string, List<GraphQLError>> map, string key, GraphQLError error)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(error);
    }
}
