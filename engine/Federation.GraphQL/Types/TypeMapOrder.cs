namespace Federation.GraphQL.Types;

/// <summary>
/// Orders a schema's type map exactly as graphql-js's GraphQLSchema constructor does, because introspection lists
/// <c>__schema.types</c> in that order: each given type in turn (moved behind the types collected so far) followed by the
/// types it references that were not given, then the root types, the directive argument types and the introspection types.
/// </summary>
public static class TypeMapOrder
{
    public static IReadOnlyList<NamedType> Collect(
        IEnumerable<NamedType> types,
        ObjectType? query,
        ObjectType? mutation,
        ObjectType? subscription,
        IEnumerable<DirectiveDefinition> directives,
        IEnumerable<NamedType> introspectionTypes)
    {
        var given = types.ToList();
        var set = new OrderedTypeSet();
        foreach (var t in given) set.Add(t);
        foreach (var t in given)
        {
            set.Remove(t);
            CollectReferenced(t, set);
        }
        if (query is not null) CollectReferenced(query, set);
        if (mutation is not null) CollectReferenced(mutation, set);
        if (subscription is not null) CollectReferenced(subscription, set);
        foreach (var directive in directives)
        {
            foreach (var arg in directive.Arguments) CollectReferenced(arg.Type.NamedType(), set);
        }
        foreach (var t in introspectionTypes) CollectReferenced(t, set);
        return set.ToList();
    }

    private static void CollectReferenced(NamedType type, OrderedTypeSet set)
    {
        if (!set.Add(type)) return;
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types) CollectReferenced(member, set);
                break;
            case ComplexType complex:
                foreach (var iface in complex.Interfaces) CollectReferenced(iface, set);
                foreach (var field in complex.Fields)
                {
                    CollectReferenced(field.Type.NamedType(), set);
                    foreach (var arg in field.Arguments) CollectReferenced(arg.Type.NamedType(), set);
                }
                break;
            case InputObjectType input:
                foreach (var field in input.Fields) CollectReferenced(field.Type.NamedType(), set);
                break;
        }
    }

    /// <summary>An insertion-ordered set that supports removal (JavaScript's Set).</summary>
    private sealed class OrderedTypeSet
    {
        private readonly LinkedList<NamedType> _order = new();
        private readonly Dictionary<NamedType, LinkedListNode<NamedType>> _nodes = new(ReferenceEqualityComparer.Instance);

        public bool Add(NamedType type)
        {
            if (_nodes.ContainsKey(type)) return false;
            _nodes[type] = _order.AddLast(type);
            return true;
        }

        public void Remove(NamedType type)
        {
            if (_nodes.Remove(type, out var node)) _order.Remove(node);
        }

        public List<NamedType> ToList() => [.. _order];
    }
}
