namespace Federation.GraphQL.Types;

/// <summary>An ordered, name-keyed collection (field definition order matters for introspection and printing).</summary>
public sealed class FieldCollection<T> : IReadOnlyList<T> where T : class, IHasName
{
    private readonly List<T> _items = [];
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);
    private bool _frozen;

    internal void Freeze() => _frozen = true;

    public int Count => _items.Count;
    public T this[int index] => _items[index];
    public T? this[string name] => _byName.GetValueOrDefault(name);

    /// <summary>Adds or (when the name exists) replaces in place.</summary>
    public void Add(T item)
    {
        Frozen.Check(_frozen);
        if (_byName.TryGetValue(item.Name, out var existing))
        {
            _items[_items.IndexOf(existing)] = item;
        }
        else
        {
            _items.Add(item);
        }
        _byName[item.Name] = item;
    }

    public bool Contains(string name) => _byName.ContainsKey(name);
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T item) => _byName.TryGetValue(name, out item);
    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
