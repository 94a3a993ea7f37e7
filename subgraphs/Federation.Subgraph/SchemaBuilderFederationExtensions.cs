using System.Runtime.CompilerServices;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;

namespace Federation.Subgraph;

/// <summary>
/// Schema-first Apollo Federation 2 subgraphs:
/// <code>
/// var schema = new SchemaBuilder()
///     .AddDocument("""
///         extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
///         type Query { me: User }
///         type User @key(fields: "id") { id: ID! name: String }
///         """)
///     .AddFederation()
///     .AddReferenceResolver("User", (representation, ctx) => users.Find((string)representation["id"]!))
///     .Build();
/// </code>
/// </summary>
public static class SchemaBuilderFederationExtensions
{
    private static readonly ConditionalWeakTable<SchemaBuilder, FederationState> States = [];

    /// <summary>
    /// Makes the schema a federation subgraph: reads the federation <c>@link</c>, adds the federation definitions of
    /// that version, <c>_Any</c>, <c>_Service</c>, <c>_Entity</c> and <c>Query._service</c> / <c>Query._entities</c>.
    /// </summary>
    public static SchemaBuilder AddFederation(this SchemaBuilder builder, Action<FederationOptions>? configure = null)
    {
        var state = StateOf(builder);
        configure?.Invoke(state.Options);
        if (state.Registered) return builder;
        state.Registered = true;
        var entities = new EntitiesResolver(state);
        return builder.AddDocumentTransform(document =>
        {
            var transformed = FederationDocument.Transform(document, state);
            var sdl = new Dictionary<string, object?> { ["sdl"] = state.Sdl };
            builder.AddResolver(state.QueryTypeName, "_service", _ => sdl);
            if (state.Entities.Count > 0)
            {
                builder.AddResolver(state.QueryTypeName, "_entities", entities.ResolveAsync);
            }
            return transformed;
        });
    }

    /// <summary>Resolves entities of <paramref name="typeName"/> one representation at a time.</summary>
    public static SchemaBuilder AddReferenceResolver(this SchemaBuilder builder, string typeName, ReferenceResolver resolver)
    {
        StateOf(builder).Options.ReferenceResolvers[typeName] = resolver;
        return builder;
    }

    /// <summary>Resolves entities of <paramref name="typeName"/> one representation at a time (synchronously).</summary>
    public static SchemaBuilder AddReferenceResolver(this SchemaBuilder builder, string typeName,
        Func<IReadOnlyDictionary<string, object?>, IResolverContext, object?> resolver)
        => builder.AddReferenceResolver(typeName, (representation, context) => new ValueTask<object?>(resolver(representation, context)));

    /// <summary>
    /// Typed: the static <c>[ReferenceResolver]</c> (or <c>ResolveReference</c>) method of <typeparamref name="TEntity"/>
    /// resolves the entities of <paramref name="typeName"/> (default: the C# type's GraphQL name); its parameters bind by
    /// name to the representation's fields (converted to their types), to DataLoaders and to services.
    /// </summary>
    public static SchemaBuilder AddReferenceResolver<TEntity>(this SchemaBuilder builder, string? typeName = null)
    {
        var method = ReferenceResolverCompiler.Find(typeof(TEntity))
            ?? throw new ArgumentException($"{typeof(TEntity).Name} has no static [ReferenceResolver] method.", nameof(TEntity));
        return builder.AddReferenceResolver(typeName ?? Federation.GraphQL.CodeFirst.NamingConventions.TypeName(typeof(TEntity)),
            ReferenceResolverCompiler.Compile(method));
    }

    /// <summary>Resolves all the representations of <paramref name="typeName"/> in one call (one entity or null each, in order).</summary>
    public static SchemaBuilder AddBatchReferenceResolver(this SchemaBuilder builder, string typeName, BatchReferenceResolver resolver)
    {
        StateOf(builder).Options.BatchReferenceResolvers[typeName] = resolver;
        return builder;
    }

    /// <summary>Resolves all the representations of <paramref name="typeName"/> in one synchronous call.</summary>
    public static SchemaBuilder AddBatchReferenceResolver(this SchemaBuilder builder, string typeName,
        Func<IReadOnlyList<IReadOnlyDictionary<string, object?>>, IResolverContext, IReadOnlyList<object?>> resolver)
        => builder.AddBatchReferenceResolver(typeName, (representations, context) => new ValueTask<IReadOnlyList<object?>>(resolver(representations, context)));

    private static FederationState StateOf(SchemaBuilder builder) => States.GetValue(builder, _ => new FederationState());
}
