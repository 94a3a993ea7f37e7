namespace Federation.Bench.GraphQLNetServer;

/// <summary>bench/serve/root.json as CLR objects, read by GraphQL.NET's default (name) resolver.</summary>
public sealed class ServeRoot
{
    public string? Hello { get; init; }
    public List<ServeItem> Items { get; init; } = [];
}

public sealed class ServeItem
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required double Price { get; init; }
    public required bool InStock { get; init; }
    public required string Category { get; init; }
}
