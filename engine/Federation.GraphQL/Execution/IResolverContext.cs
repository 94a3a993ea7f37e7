using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution;

/// <summary>What a resolver knows about the field it resolves (graphql-js's source, args, context and info in one).</summary>
public interface IResolverContext
{
    Schema Schema { get; }

    /// <summary>The object type whose field is being resolved.</summary>
    ObjectType ObjectType { get; }

    Field Field { get; }

    /// <summary>The first field node of the merged selection.</summary>
    FieldNode Selection { get; }

    /// <summary>All field nodes merged into this field (spec 6.3.2 CollectFields).</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The value of the parent object (the root value for root fields; the event for subscription fields).</summary>
    object? Parent { get; }

    T GetParent<T>();

    /// <summary>Coerced argument values (spec 6.4.1 CoerceArgumentValues); an argument absent with no default is absent here.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The coerced argument converted to <typeparamref name="T"/>; default when absent.</summary>
    T ArgumentValue<T>(string name);

    Path Path { get; }

    OperationDefinitionNode Operation { get; }

    /// <summary>Coerced variable values.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    IServiceProvider Services { get; }

    /// <summary>Request-scoped state shared by all resolvers (user, tenant, connection payload, DataLoaders).</summary>
    IDictionary<string, object?> ContextData { get; }

    CancellationToken RequestAborted { get; }

    /// <summary>Adds a field error without failing the field.</summary>
    void ReportError(GraphQLError error);
}

/// <summary>The context seen by field middleware: the resolver context plus the result being produced.</summary>
public interface IMiddlewareContext : IResolverContext
{
    object? Result { get; set; }

    /// <summary>Runs the field's resolver (or the default resolver) and returns its value.</summary>
    ValueTask<object?> ResolveAsync();
}
