namespace Federation.Spec;

/// <summary>An entity of a subgraph: an object type (or, from v2.3, an interface) with its <c>@key</c>s.</summary>
public sealed class EntityType
{
    public EntityType(string name) => Name = name;

    public string Name { get; }

    public List<EntityKey> Keys { get; } = [];
}
