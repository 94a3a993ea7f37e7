using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution;

/// <summary>Resolves a field's value. Completes synchronously (no Task allocated) when the value is at hand.</summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);

/// <summary>Creates the source event stream of a root subscription field (spec 6.3.3).</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolver(IResolverContext context);

/// <summary>Resolves the object type of a value of an abstract type; null when it cannot tell (spec 6.4.3 ResolveAbstractType).</summary>
public delegate ObjectType? TypeResolver(object value, IResolverContext context, NamedType abstractType);

/// <summary>One step of a field pipeline; sets <see cref="IMiddlewareContext.Result"/>.</summary>
public delegate ValueTask FieldDelegate(IMiddlewareContext context);

/// <summary>Wraps the next step of a field pipeline (HotChocolate's field middleware shape).</summary>
public delegate FieldDelegate FieldMiddleware(FieldDelegate next);
