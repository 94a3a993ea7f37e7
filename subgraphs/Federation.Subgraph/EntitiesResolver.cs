using Federation.GraphQL.Utilities;
using System.Text.Json;
using Federation.GraphQL;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;
using Federation.Spec;

namespace Federation.Subgraph;

/// <summary>
/// <c>Query._entities(representations: [_Any!]!): [_Entity]!</c> (subgraph spec, "Resolving Query._entities"):
/// representations are grouped by <c>__typename</c>; a type with a batch reference resolver is resolved in one call,
/// others one call per representation (started together); the answer keeps the order of the representations. A
/// representation that cannot be resolved answers null with an error whose path is <c>["_entities", i]</c>.
/// Each answer is a <see cref="TypedValue"/> of the entity's object type, so <c>_Entity</c> needs no type resolver.
/// </summary>
internal sealed class EntitiesResolver
{
    private readonly FederationState _state;

    public EntitiesResolver(FederationState state) => _state = state;

    public async ValueTask<object?> ResolveAsync(IResolverContext context)
    {
        var input = context.Arguments.TryGetValue("representations", out var value) ? value as IReadOnlyList<object?> : null;
        if (input is null || input.Count == 0) return Array.Empty<object?>();
        var results = new object?[input.Count];
                var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var representations = new IReadOnlyDictionary<string, object?>?[input.Count];
        var errors = new EntityErrors();
        for (var i = 0; i < input.Count; i++)
        {
            var representation = AsMap(input[i]);
            representations[i] = representation;
            if (Validate(representation, i, errors) is { } typeName)
            {
                if (!groups.TryGetValue(typeName, out var indices)) groups[typeName] = indices = [];
                indices.Add(i);
            }
        }

        var pending = new List<Task>(groups.Count);
        foreach (var (typeName, indices) in groups)
        {
            pending.Add(_state.Options.BatchReferenceResolvers.TryGetValue(typeName, out var batch)
                ? ResolveBatchAsync(typeName, batch, indices, representations, results, context, errors)
                : ResolveEachAsync(typeName, indices, representations, results, context, errors));
        }
        await Task.WhenAll(pending).ConfigureAwait(false);
        errors.ReportTo(context);
        return results;
    }

    private string? Validate(IReadOnlyDictionary<string, object?>? representation, int index, EntityErrors errors)
    {
        if (representation is null)
        {
            errors.Add(index, "Representation must be an object with a \"__typename\" field.");
            return null;
        }
        if (!representation.TryGetValue("__typename", out var t) || t is not string typeName)
        {
            errors.Add(index, "Representation is missing the \"__typename\" field (a string).");
            return null;
        }
        if (!_state.Entities.TryGetValue(typeName, out var entity) && !_state.EntityInterfaces.TryGetValue(typeName, out entity))
        {
            errors.Add(index, $"The _entities resolver tried to load an entity for type \"{typeName}\", but no object type of that name was found in the schema");
            return null;
        }
        foreach (var key in entity.Keys)
        {
            if (key.Resolvable && key.IsSatisfiedBy(representation)) return typeName;
        }
        var keys = string.Join(", ", entity.Keys.Where(k => k.Resolvable).Select(k => $"\"{k.Fields}\""));
        errors.Add(index, $"Representation of \"{typeName}\" does not contain the fields of any of its resolvable keys ({keys}).");
        return null;
    }

    private async Task ResolveBatchAsync(string typeName, BatchReferenceResolver batch, List<int> indices,
        IReadOnlyDictionary<string, object?>?[] representations, object?[] results, IResolverContext context, EntityErrors errors)
    {
        var group = new IReadOnlyDictionary<string, object?>[indices.Count];
        for (var j = 0; j < indices.Count; j++) group[j] = representations[indices[j]]!;
        IReadOnlyList<object?> entities;
        try
        {
            entities = await batch(group, context).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            foreach (var i in indices) errors.Add(i, Message(e), e);
            return;
        }
        if (entities.Count != indices.Count)
        {
            foreach (var i in indices)
                errors.Add(i, $"The batch reference resolver of \"{typeName}\" returned {entities.Count} entities for {indices.Count} representations.");
            return;
        }
        for (var j = 0; j < indices.Count; j++) Store(typeName, entities[j], indices[j], results, context, errors);
    }

    private async Task ResolveEachAsync(string typeName, List<int> indices,
        IReadOnlyDictionary<string, object?>?[] representations, object?[] results, IResolverContext context, EntityErrors errors)
    {
        _state.Options.ReferenceResolvers.TryGetValue(typeName, out var resolver);
        var tasks = new ValueTask<object?>[indices.Count];
        for (var j = 0; j < indices.Count; j++)
        {
            var representation = representations[indices[j]]!;
            try
            {
                // Without a reference resolver the representation itself is the entity (as @apollo/subgraph does).
                tasks[j] = resolver is null ? new ValueTask<object?>(representation) : resolver(representation, context);
            }
            catch (Exception e)
            {
                tasks[j] = ValueTask.FromException<object?>(e);
            }
        }
        for (var j = 0; j < indices.Count; j++)
        {
            try
            {
                Store(typeName, await tasks[j].ConfigureAwait(false), indices[j], results, context, errors);
            }
            catch (Exception e)
            {
                errors.Add(indices[j], Message(e), e);
            }
        }
    }

    private void Store(string typeName, object? entity, int index, object?[] results, IResolverContext context, EntityErrors errors)
    {
        if (entity is null)
        {
            if (_state.Options.ReportUnresolvedEntities) errors.Add(index, $"No entity of type \"{typeName}\" was found for the representation.");
            return;
        }
        if (_state.EntityInterfaces.ContainsKey(typeName))
        {
            try
            {
                var concrete = EntityInterfaces.ConcreteTypeName(typeName, entity, context);
                if (!_state.Entities.ContainsKey(concrete))
                    throw new InvalidOperationException($"The reference resolver of entity interface \"{typeName}\" returned an object of type \"{concrete}\", which is not an entity of this subgraph (no resolvable @key).");
                typeName = concrete;
            }
            catch (InvalidOperationException e)
            {
                errors.Add(index, e.Message, e);
                return;
            }
        }
        results[index] = new TypedValue(context.Schema.GetType<ObjectType>(typeName)!, entity);
    }

    /// <summary>Errors of one _entities call, gathered from concurrent resolvers and reported in index order.</summary>
    private sealed class EntityErrors
    {
        private readonly List<(int Index, string Message, Exception? Exception)> _errors = [];

        public void Add(int index, string message, Exception? exception = null)
        {
            lock (_errors) _errors.Add((index, message, exception));
        }

        public void ReportTo(IResolverContext context)
        {
            if (_errors.Count == 0) return;
            var basePath = context.Path.ToList();
            foreach (var (index, message, exception) in _errors.OrderBy(e => e.Index))
            {
                context.ReportError(new GraphQLError(message, null, [.. basePath, index], null, exception));
            }
        }
    }

    private static string Message(Exception e) => e is GraphQLException g && g.Errors.Count > 0 ? g.Errors[0].Message : e.Message;

    private static IReadOnlyDictionary<string, object?>? AsMap(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        JsonElement { ValueKind: JsonValueKind.Object } json => JsonToMap(json),
        _ => null,
    };

    private static IReadOnlyDictionary<string, object?> JsonToMap(JsonElement json) => JsonValues.DecodeObject(json);
}
