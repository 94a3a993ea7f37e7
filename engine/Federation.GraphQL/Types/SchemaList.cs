namespace Federation.GraphQL.Types;

/// <summary>
/// A list of a schema element (directives, interfaces, union members, ...): filled while a builder assembles the
/// schema, read-only once the schema is built (cached plans and threads share it).
/// </summary>
public sealed class SchemaList<T> : IReadOnlyList<T>
{
    private readonly List<T> _items;
    private bool _frozen;

    internal SchemaList() => _items = [];

    internal SchemaList(IEnumerable<T> items) => _items = [.. items];

    public int Count => _items.Count;

    public T this[int index] => _items[index];

    public void Add(T item)
    {
        ThrowIfFrozen();
        _items.Add(item);
    }

    public void AddRange(IEnumerable<T> items)
    {
        ThrowIfFrozen();
        _items.AddRange(items);
    }

    public List<T>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => _items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();

    internal void Freeze() => _frozen = true;

    private void ThrowIfFrozen()
    {
        if (_frozen) throw Frozen.Error();
    }
}
