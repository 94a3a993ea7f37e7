using Federation.GraphQL.AspNetCore;
using Federation.GraphQL.Execution;
using Federation.Subgraph.Tracing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Federation.Subgraph;

/// <summary>
/// Federation for a served schema: <c>services.AddGraphQL().AddDocumentFromString(sdl).AddFederation()</c> (schema first)
/// or <c>services.AddGraphQL().AddQueryType&lt;Query&gt;().AddFederation()</c> (code first).
/// </summary>
public static class GraphQLServerBuilderFederationExtensions
{
    /// <summary>
    /// Makes the served schema a federation subgraph (schema first or code first, whichever the server builds). A
    /// code-first subgraph links <see cref="FederationOptions.Version"/> (default: the newest supported).
    /// </summary>
    public static GraphQLServerBuilder AddFederation(this GraphQLServerBuilder builder, Action<FederationOptions>? configure = null)
    {
        // Federated tracing (ftv1) answers the gateways that ask for it; ConfigureFederatedTracing turns it off.
        builder.Services.AddOptions<FederatedTracingOptions>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IGraphQLHttpRequestInterceptor, FederatedTracingInterceptor>());
        return builder.ExtendSchema(
            schemaFirst => schemaFirst.AddFederation(configure),
            codeFirst => codeFirst.AddFederation(configure));
    }

    /// <summary>Configures federated tracing (ftv1), e.g. <c>o => o.Enabled = false</c> to never answer traces.</summary>
    public static GraphQLServerBuilder ConfigureFederatedTracing(this GraphQLServerBuilder builder, Action<FederatedTracingOptions> configure)
    {
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Schema first: resolves entities of <paramref name="typeName"/> one representation at a time.</summary>
    public static GraphQLServerBuilder AddReferenceResolver(this GraphQLServerBuilder builder, string typeName, ReferenceResolver resolver)
        => builder.ConfigureSchema(b => b.AddReferenceResolver(typeName, resolver));

    /// <summary>Schema first: resolves entities of <paramref name="typeName"/> one representation at a time (synchronously).</summary>
    public static GraphQLServerBuilder AddReferenceResolver(this GraphQLServerBuilder builder, string typeName,
        Func<IReadOnlyDictionary<string, object?>, IResolverContext, object?> resolver)
        => builder.ConfigureSchema(b => b.AddReferenceResolver(typeName, resolver));

    /// <summary>
    /// Schema first, typed: the static <c>[ReferenceResolver]</c> method of <typeparamref name="TEntity"/> resolves the
    /// entities of <paramref name="typeName"/> (default: the C# type's GraphQL name), its parameters bound by name to
    /// the representation's fields, to DataLoaders and to services.
    /// </summary>
    public static GraphQLServerBuilder AddReferenceResolver<TEntity>(this GraphQLServerBuilder builder, string? typeName = null)
        => builder.ConfigureSchema(b => b.AddReferenceResolver<TEntity>(typeName));

    /// <summary>Schema first: resolves all the representations of <paramref name="typeName"/> in one call.</summary>
    public static GraphQLServerBuilder AddBatchReferenceResolver(this GraphQLServerBuilder builder, string typeName, BatchReferenceResolver resolver)
        => builder.ConfigureSchema(b => b.AddBatchReferenceResolver(typeName, resolver));
}
