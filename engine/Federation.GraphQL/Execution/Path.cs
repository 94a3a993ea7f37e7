namespace Federation.GraphQL.Execution;

/// <summary>The response path of a field (spec 7.1.3 path): a linked list of names and list indices.</summary>
public sealed class Path
{
    private Path(Path? parent, string? name, int index)
    {
        Parent = parent;
        Name = name;
        Index = index;
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    public static Path Root { get; } = new(null, null, -1);

    public Path? Parent { get; }

    /// <summary>The response name, or null for a list index.</summary>
    public string? Name { get; }

    /// <summary>The list index, or -1 for a name.</summary>
    public int Index { get; }

    public int Depth { get; }

    public bool IsRoot => Parent is null;

    public Path Append(string name) => new(this, name, -1);

    public Path Append(int index) => new(this, null, index);

    /// <summary>The segments from the root: strings and ints, as written in a response.</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        var p = this;
        for (var i = Depth - 1; i >= 0; i--)
        {
            segments[i] = p!.Name is { } n ? n : p.Index;
            p = p.Parent;
        }
        return segments;
    }

    public override string ToString() => string.Join(".", ToList());
}
