using System.Text;
using Federation.GraphQL;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.Subgraph;

/// <summary>
/// The federation additions to a schema-first subgraph (Apollo subgraph spec, "Subgraph schema additions"): reads the
/// federation <c>@link</c>, finds the entities (object types with a resolvable <c>@key</c>), keeps the SDL the user
/// wrote for <c>_service.sdl</c> and returns the document the schema is built from.
/// </summary>
internal static class FederationDocument
{
    public static DocumentNode Transform(DocumentNode document, FederationState state)
    {
        var link = FederationLink.Read(document);
        var reserved = ReservedNames(link);
        var userDefinitions = new List<IDefinitionNode>(document.Definitions.Count);
        foreach (var definition in document.Definitions)
        {
            if (!IsFederationDefinition(definition, reserved)) userDefinitions.Add(definition);
        }

        state.Link = link;
        state.Sdl = Printer.Print(new DocumentNode(userDefinitions));
        state.QueryTypeName = QueryTypeName(userDefinitions);
        (state.Entities, state.EntityInterfaces) = FindEntities(userDefinitions, link);

        var built = PromoteOrphanExtensions(userDefinitions);
        var hasQuery = built.Exists(d => d is ObjectTypeDefinitionNode { IsExtension: false } o && o.Name.Value == state.QueryTypeName);
        built.AddRange(Parser.Parse(Additions(link, state, hasQuery), ParserOptions.TrustedSource).Definitions);
        return new DocumentNode(built);
    }

    /// <summary>The SDL added to the subgraph: link and federation definitions for the linked version, _Any, _Service, _Entity and the Query fields.</summary>
    internal static string Additions(FederationLink link, FederationState state, bool hasQuery)
    {
        var sdl = new StringBuilder();
        sdl.AppendLine(FederationDefinitions(link));
        sdl.AppendLine(FederationSpec.ServiceDefinitions);
        if (state.Entities.Count > 0) sdl.Append("union _Entity = ").AppendJoin(" | ", state.Entities.Keys).AppendLine();
        sdl.Append(hasQuery ? "extend type " : "type ").Append(state.QueryTypeName).AppendLine(" {");
        if (state.Entities.Count > 0) sdl.AppendLine("  _entities(representations: [_Any!]!): [_Entity]!");
        sdl.AppendLine("  _service: _Service!").AppendLine("}");
        return sdl.ToString();
    }

    /// <summary>The directive and scalar definitions of the linked federation version under their local names.</summary>
    internal static string FederationDefinitions(FederationLink link)
    {
        if (link.Minor is not { } minor) return FederationSpec.Federation1Definitions;
        var sdl = new StringBuilder(FederationSpec.LinkDefinitions).AppendLine();
        foreach (var type in FederationSpec.Types)
        {
            if (type.Since <= minor) sdl.Append("scalar ").AppendLine(link.TypeName(type.Name));
        }
        foreach (var directive in FederationSpec.Directives)
        {
            if (directive.Since > minor) continue;
            sdl.AppendLine(directive.Definition(minor)
                .Replace("{name}", link.DirectiveName(directive.Name), StringComparison.Ordinal)
                .Replace("{FieldSet}", link.TypeName("FieldSet"), StringComparison.Ordinal)
                .Replace("{Scope}", link.TypeName("Scope"), StringComparison.Ordinal)
                .Replace("{Policy}", link.TypeName("Policy"), StringComparison.Ordinal)
                .Replace("{ContextFieldValue}", link.TypeName("ContextFieldValue"), StringComparison.Ordinal));
        }
        return sdl.ToString();
    }

    /// <summary>Names of the definitions the library adds; the user's own definitions of them are dropped (they are the spec's).</summary>
    internal static HashSet<string> ReservedNames(FederationLink link)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { "_Any", "_Service", "_Entity" };
        if (link.Minor is { } minor)
        {
            names.UnionWith(["@link", "link__Import", "link__Purpose"]);
            foreach (var t in FederationSpec.Types) if (t.Since <= minor) names.Add(link.TypeName(t.Name));
            foreach (var d in FederationSpec.Directives) if (d.Since <= minor) names.Add("@" + link.DirectiveName(d.Name));
        }
        else
        {
            names.UnionWith(["_FieldSet", "@key", "@requires", "@provides", "@external", "@extends", "@tag"]);
        }
        return names;
    }

    private static bool IsFederationDefinition(IDefinitionNode definition, HashSet<string> reserved) => definition switch
    {
        DirectiveDefinitionNode d => reserved.Contains("@" + d.Name.Value),
        ITypeDefinitionOrExtensionNode { IsExtension: false } t => reserved.Contains(t.Name.Value),
        _ => false,
    };

    internal static string QueryTypeName(IEnumerable<IDefinitionNode> definitions)
    {
        foreach (var definition in definitions)
        {
            var operations = definition switch
            {
                SchemaDefinitionNode s => s.OperationTypes,
                SchemaExtensionNode e => e.OperationTypes,
                _ => null,
            };
            if (operations is null) continue;
            foreach (var op in operations) if (op.Operation == OperationType.Query) return op.Type.Name.Value;
        }
        return "Query";
    }

    /// <summary>
    /// Object types and interfaces (entity interfaces, v2.3+) with a @key, in order of first appearance; the union
    /// takes the object types with a resolvable key, <see cref="FederationState.EntityInterfaces"/> the interfaces.
    /// </summary>
    private static (Dictionary<string, EntityType> Objects, Dictionary<string, EntityType> Interfaces) FindEntities(List<IDefinitionNode> definitions, FederationLink link)
    {
        var keyName = link.DirectiveName("key");
        var all = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        var interfaceNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var (name, directives) = definition switch
            {
                ObjectTypeDefinitionNode o => (o.Name.Value, o.Directives),
                InterfaceTypeDefinitionNode i => (i.Name.Value, i.Directives),
                _ => (null, null),
            };
            if (name is null || directives is null) continue;
            foreach (var directive in directives)
            {
                if (directive.Name.Value != keyName) continue;
                var fields = Argument(directive, "fields") as StringValueNode
                    ?? throw new SchemaException([GraphQLError.At($"@{keyName} on type \"{name}\" needs a string argument \"fields\".", directive)]);
                if (definition is InterfaceTypeDefinitionNode)
                {
                    if (link.Minor is not >= 3)
                        throw new SchemaException([GraphQLError.At($"@{keyName} on interface \"{name}\" (an entity interface) needs federation v2.3 or later.", directive)]);
                    interfaceNames.Add(name);
                }
                var resolvable = Argument(directive, "resolvable") is not BooleanValueNode { Value: false };
                if (!all.TryGetValue(name, out var entity)) all[name] = entity = new EntityType(name);
                entity.Keys.Add(EntityKey.Parse(name, fields.Value, resolvable));
            }
        }
        var objects = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        var interfaces = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var (name, entity) in all)
        {
            if (entity.Keys.Exists(k => k.Resolvable)) (interfaceNames.Contains(name) ? interfaces : objects)[name] = entity;
        }
        return (objects, interfaces);
    }

    /// <summary>
    /// Federation 1 subgraphs write <c>extend type Query</c> (and <c>extend type Product @key(...)</c>) for types they
    /// do not define; the first extension of a type with no definition becomes its definition.
    /// </summary>
    private static List<IDefinitionNode> PromoteOrphanExtensions(List<IDefinitionNode> definitions)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in definitions) if (d is ITypeDefinitionOrExtensionNode { IsExtension: false } t) defined.Add(t.Name.Value);
        var result = new List<IDefinitionNode>(definitions.Count + 16);
        foreach (var d in definitions)
        {
            switch (d)
            {
                case ObjectTypeDefinitionNode { IsExtension: true } o when defined.Add(o.Name.Value):
                    result.Add(new ObjectTypeDefinitionNode(null, o.Name, o.Interfaces, o.Directives, o.Fields, false, o.Location));
                    break;
                case InterfaceTypeDefinitionNode { IsExtension: true } i when defined.Add(i.Name.Value):
                    result.Add(new InterfaceTypeDefinitionNode(null, i.Name, i.Interfaces, i.Directives, i.Fields, false, i.Location));
                    break;
                default:
                    result.Add(d);
                    break;
            }
        }
        return result;
    }

    internal static IValueNode? Argument(DirectiveNode directive, string name)
    {
        foreach (var argument in directive.Arguments) if (argument.Name.Value == name) return argument.Value;
        return null;
    }
}

/// <summary>An entity of the subgraph: an object type with at least one resolvable @key.</summary>
public sealed class EntityType
{
    public EntityType(string name) => Name = name;

    public string Name { get; }

    public List<EntityKey> Keys { get; } = [];
}
