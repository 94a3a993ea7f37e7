using System.Runtime.CompilerServices;
using System.Text;

namespace Federation.GraphQL.Language;

/// <summary>
/// Turns name tokens into strings, reusing one string per distinct name within a document (and a shared, read-only set of
/// names every schema and query uses) so that repeated names do not allocate.
/// </summary>
internal struct NameTable
{
    private const int Size = 256;
    private const int MaxCachedLength = 32;

    private static readonly string?[] s_wellKnown = BuildWellKnown();

    private string?[]? _entries;

    public string Get(ReadOnlySpan<byte> name)
    {
        if (name.Length > MaxCachedLength)
        {
            return Encoding.UTF8.GetString(name);
        }

        var slot = Hash(name);
        var entries = _entries ??= new string?[Size];
        var entry = entries[slot];
        if (entry is not null && Matches(entry, name))
        {
            return entry;
        }

        var known = s_wellKnown[slot];
        entry = known is not null && Matches(known, name) ? known : Encoding.UTF8.GetString(name);
        entries[slot] = entry;
        return entry;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<byte> name)
    {
        uint hash = 2166136261;
        foreach (var b in name)
        {
            hash = (hash ^ b) * 16777619;
        }

        return (int)((hash ^ (hash >> 15)) & (Size - 1));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Matches(string value, ReadOnlySpan<byte> name)
    {
        if (value.Length != name.Length)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (value[i] != name[i])
            {
                return false;
            }
        }

        return true;
    }

    private static string?[] BuildWellKnown()
    {
        var table = new string?[Size];
        string[] names =
        [
            "id", "name", "__typename", "query", "mutation", "subscription", "fragment", "on", "true", "false", "null",
            "String", "Int", "Float", "Boolean", "ID", "Query", "Mutation", "Subscription", "include", "skip", "if",
            "deprecated", "reason", "specifiedBy", "url", "oneOf", "type", "input", "enum", "scalar", "interface",
            "union", "schema", "directive", "description", "node", "nodes", "edges", "cursor", "first", "after",
            "last", "before", "__schema", "__type", "kind", "fields", "args", "ofType", "defaultValue",
        ];
        foreach (var name in names)
        {
            var slot = Hash(Encoding.ASCII.GetBytes(name));
            table[slot] ??= name;
        }

        return table;
    }
}
