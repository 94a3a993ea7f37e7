using Federation.GraphQL.Execution;
using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>A field of an object or interface type (spec 3.6 FieldDefinition) with its resolver.</summary>
public sealed class Field : IHasName
{
    public Field(string name, GraphQLType type, string? description = null)
    {
        Name = name;
        Type = type;
        Description = description;
    }

    public string Name { get; }
    public GraphQLType Type { get; set; }
    public string? Description { get; set; }
    public FieldCollection<InputValue> Arguments { get; } = new();
    public string? DeprecationReason { get; set; }
    public bool IsDeprecated => DeprecationReason is not null;
    public List<DirectiveNode> Directives { get; } = [];
    public FieldDefinitionNode? SyntaxNode { get; set; }

    /// <summary>Produces the field's value. Null means the default resolver (property or dictionary entry of the parent named like the field).</summary>
    public FieldResolver? Resolver { get; set; }

    /// <summary>Set with <see cref="Resolver"/> when the resolver only reads the parent; ignored once Resolver is replaced.</summary>
    internal ParentValueResolver? ParentValueResolver { get; set; }

    /// <summary>For root subscription fields: produces the source event stream (spec 6.3.3 CreateSourceEventStream).</summary>
    public SubscribeResolver? Subscriber { get; set; }

    /// <summary>Middleware around the resolver, outermost first (auth, caching, tracing).</summary>
    public List<FieldMiddleware> Middleware { get; } = [];

    /// <summary>Free-form metadata for libraries built on the engine (federation, cost analysis).</summary>
    public Dictionary<string, object?> ContextData { get; } = new();

    public override string ToString() => Name;
}
