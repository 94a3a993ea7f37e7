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
    public GraphQLType Type { get; set { Frozen.Check(IsFrozen); field = value; } }
    public string? Description { get; set { Frozen.Check(IsFrozen); field = value; } }
    public FieldCollection<InputValue> Arguments { get; } = new();
    public string? DeprecationReason { get; set { Frozen.Check(IsFrozen); field = value; } }
    public bool IsDeprecated => DeprecationReason is not null;
    public SchemaList<DirectiveNode> Directives { get; } = new();
    public FieldDefinitionNode? SyntaxNode { get; set { Frozen.Check(IsFrozen); field = value; } }

    /// <summary>Produces the field's value. Null means the default resolver (property or dictionary entry of the parent named like the field).</summary>
    public FieldResolver? Resolver { get; set { Frozen.Check(IsFrozen); field = value; } }

    /// <summary>Set with <see cref="Resolver"/> when the resolver only reads the parent; ignored once Resolver is replaced.</summary>
    internal ParentValueResolver? ParentValueResolver { get; set { Frozen.Check(IsFrozen); field = value; } }

    /// <summary>For root subscription fields: produces the source event stream (spec 6.3.3 CreateSourceEventStream).</summary>
    public SubscribeResolver? Subscriber { get; set { Frozen.Check(IsFrozen); field = value; } }

    /// <summary>Middleware around the resolver, outermost first (auth, caching, tracing).</summary>
    public SchemaList<FieldMiddleware> Middleware { get; } = new();

    internal bool IsFrozen { get; private set; }

    internal void Freeze()
    {
        IsFrozen = true;
        Arguments.Freeze();
        foreach (var argument in Arguments) argument.Freeze();
        Directives.Freeze();
        Middleware.Freeze();
    }

    public override string ToString() => Name;
}
