using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace Federation.GraphQL.Language;

/// <summary>
/// Turns name tokens into strings, reusing strings for names seen before so that repeated names do not allocate. The
/// table is per thread (never shared between threads) and starts from a read-only set of names every schema and query uses.
/// </summary>
internal sealed class NameTable
{
    // 512 sets of two entries: a large document's names rarely evict each other (a miss allocates twice).
    private const int Size = 1024;
    private const int MaxCachedLength = 32;

    private static readonly Entry[] s_wellKnown = BuildWellKnown();

    [ThreadStatic]
    private static NameTable? t_current;

    private readonly Entry[] _entries = new Entry[Size];

    /// <summary>The calling thread's table.</summary>
    public static NameTable Current => t_current ??= new NameTable();

    private readonly struct Entry
    {
        public Entry(byte[] utf8, string value)
        {
            Utf8 = utf8;
            Value = value;
        }

        public byte[] Utf8 { get; }
        public string Value { get; }
    }

    public string Get(ReadOnlySpan<byte> name)
    {
        if (name.Length > MaxCachedLength)
        {
            return Encoding.UTF8.GetString(name);
        }

        var slot = Hash(name);
        ref var first = ref _entries[slot];
        if (first.Utf8 is not null && name.SequenceEqual(first.Utf8))
        {
            return first.Value;
        }

        ref var second = ref _entries[slot + 1];
        if (second.Utf8 is not null && name.SequenceEqual(second.Utf8))
        {
            return second.Value;
        }

        // Miss: the newest name goes first, the previous first entry moves to the second place of the set.
        var known = s_wellKnown[slot];
        second = first;
        first = known.Utf8 is not null && name.SequenceEqual(known.Utf8)
            ? known
            : new Entry(name.ToArray(), Encoding.UTF8.GetString(name));
        return first.Value;
    }

    /// <summary>A cheap hash from the length and the first and last eight bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<byte> name)
    {
        ulong head;
        ulong tail;
        if (name.Length >= 8)
        {
            head = BinaryPrimitives.ReadUInt64LittleEndian(name);
            tail = BinaryPrimitives.ReadUInt64LittleEndian(name[^8..]);
        }
        else
        {
            head = 0;
            for (var i = 0; i < name.Length; i++)
            {
                head = (head << 8) | name[i];
            }

            tail = 0;
        }

        var hash = (head * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)name.Length;
        return (int)(hash >> 55) << 1; // the first slot of a set of two
    }

    private static Entry[] BuildWellKnown()
    {
        var table = new Entry[Size];
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
            var utf8 = Encoding.ASCII.GetBytes(name);
            var slot = Hash(utf8);
            if (table[slot].Utf8 is null)
            {
                table[slot] = new Entry(utf8, name);
            }
        }

        return table;
    }
}
