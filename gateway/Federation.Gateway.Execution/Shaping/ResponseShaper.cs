using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;

namespace Federation.Gateway.Execution.Shaping;

/// <summary>
/// The last step of a gateway request: the engine's executor runs the client's operation over the API schema with the
/// merged subgraph data as root value, so field order, aliases, __typename, @skip/@include, introspection and null
/// propagation (spec 6.4.4) are the engine's. Every field reads its response key from its parent object.
/// </summary>
internal static class ResponseShaper
{
    private static readonly FieldResolver ReadResponseKey = context =>
        new ValueTask<object?>(context.Parent is Dictionary<string, object?> map
                               && map.TryGetValue(context.Selection.ResponseName, out var value) ? value : null);

    /// <summary>An executor over the supergraph's API schema, built with the shaping resolvers bound (a built schema is read-only).</summary>
    public static RequestExecutor Create(Federation.Gateway.Planning.Supergraph.SupergraphModel supergraph)
        => new(Federation.Gateway.Planning.Supergraph.ApiSchema.Build(supergraph.Document, Bind),
            new ExecutorOptions { ApplyMiddlewareToDefaultResolvers = false });

    private static void Bind(Schema apiSchema)
    {
        foreach (var type in apiSchema.Types)
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal)) continue;
            switch (type)
            {
                case ObjectType o:
                    foreach (var field in o.Fields) field.Resolver = ReadResponseKey;
                    break;
                case InterfaceType i:
                    i.ResolveType = ResolveByTypename;
                    break;
                case UnionType u:
                    u.ResolveType = ResolveByTypename;
                    break;
            }
        }
    }

    private static ObjectType? ResolveByTypename(object value, IResolverContext context, NamedType abstractType)
        => value is Dictionary<string, object?> map && map.GetValueOrDefault("__typename") is string name
            ? context.Schema.GetType<ObjectType>(name)
            : null;
}
