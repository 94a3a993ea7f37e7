using Federation.GraphQL;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.Spec;

/// <summary>
/// What a subgraph's SDL says to federation (computed, never set by a user): its federation <c>@link</c>, the
/// definitions the user wrote (without the spec's own), the query type's name, and the entities with their keys.
/// </summary>
public sealed class SubgraphModel
{
    public SubgraphModel(FederationLink link, IReadOnlyList<IDefinitionNode> userDefinitions, string queryTypeName,
        IReadOnlyDictionary<string, EntityType> entities, IReadOnlyDictionary<string, EntityType> entityInterfaces)
    {
        Link = link;
        UserDefinitions = userDefinitions;
        QueryTypeName = queryTypeName;
        Entities = entities;
        EntityInterfaces = entityInterfaces;
    }

    public FederationLink Link { get; }

    /// <summary>The definitions as written, without the federation spec's definitions (the SDL of <c>_service { sdl }</c>); empty for a model built from code (a code-first subgraph).</summary>
    public IReadOnlyList<IDefinitionNode> UserDefinitions { get; }

    public string QueryTypeName { get; }

    /// <summary>Object types with a resolvable <c>@key</c> (the members of <c>_Entity</c>) by name, in order of appearance.</summary>
    public IReadOnlyDictionary<string, EntityType> Entities { get; }

    /// <summary>Entity interfaces (v2.3: interfaces with a resolvable <c>@key</c>) by name.</summary>
    public IReadOnlyDictionary<string, EntityType> EntityInterfaces { get; }

    /// <summary>Reads the federation link, the user's definitions, the query type and the entities of a subgraph document.</summary>
    /// <exception cref="SchemaException">The link or a <c>@key</c> is invalid.</exception>
    public static SubgraphModel Read(DocumentNode document)
    {
        var link = FederationLink.Read(document);
        var reserved = FederationSpec.ReservedNames(link);
        var userDefinitions = new List<IDefinitionNode>(document.Definitions.Count);
        foreach (var definition in document.Definitions)
        {
            if (!IsFederationDefinition(definition, reserved)) userDefinitions.Add(definition);
        }
        var (objects, interfaces) = FindEntities(userDefinitions, link);
        return new SubgraphModel(link, userDefinitions, FindQueryTypeName(userDefinitions), objects, interfaces);
    }

    private static bool IsFederationDefinition(IDefinitionNode definition, HashSet<string> reserved) => definition switch
    {
        DirectiveDefinitionNode d => reserved.Contains("@" + d.Name.Value),
        ITypeDefinitionOrExtensionNode { IsExtension: false } t => reserved.Contains(t.Name.Value),
        _ => false,
    };

    /// <summary>The name of the query root type: from <c>schema { query: ... }</c>, else <c>Query</c>.</summary>
    public static string FindQueryTypeName(IEnumerable<IDefinitionNode> definitions)
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

    /// <summary>Object types and interfaces with a resolvable @key, in order of first appearance.</summary>
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
                    // Entity interfaces: federation v2.3 ("@key" on INTERFACE).
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

    /// <summary>The value of a directive's argument, or null when absent.</summary>
    public static IValueNode? Argument(DirectiveNode directive, string name)
    {
        foreach (var argument in directive.Arguments) if (argument.Name.Value == name) return argument.Value;
        return null;
    }
}
