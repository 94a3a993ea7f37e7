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
    private const int Size = 256;
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
        ref var entry = ref _entries[slot];
        if (entry.Utf8 is not null && name.SequenceEqual(entry.Utf8))
        {
            return entry.Value;
        }

        var known = s_wellKnown[slot];
        entry = known.Utf8 is not null && name.SequenceEqual(known.Utf8)
            ? known
            : new Entry(name.ToArray(), Encoding.UTF8.GetString(name));
        return entry.Value;
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
        return (int)(hash >> 56);
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
