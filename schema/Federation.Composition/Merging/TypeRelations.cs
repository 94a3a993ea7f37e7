using Federation.Composition.Parsing;
using Federation.GraphQL.Language;

namespace Federation.Composition.Merging;

/// <summary>Field type compatibility (composition rules, "field types"): subtypes by nullability, lists and abstract types.</summary>
internal sealed class TypeRelations
{
    private readonly Dictionary<string, HashSet<string>> _supertypes = new(StringComparer.Ordinal);

    /// <summary>Records, over all subgraphs, which interfaces each type implements and which unions contain it.</summary>
    public TypeRelations(IEnumerable<ParsedSubgraph> subgraphs)
    {
        foreach (var subgraph in subgraphs)
        {
            foreach (var type in subgraph.Types.Values)
            {
                foreach (var i in type.Interfaces) Supers(type.Name).Add(i);
                foreach (var m in type.Members) Supers(m).Add(type.Name);
            }
        }
    }

    private HashSet<string> Supers(string name)
    {
        if (!_supertypes.TryGetValue(name, out var set)) _supertypes[name] = set = new(StringComparer.Ordinal);
        return set;
    }

    /// <summary>Whether a value of type <paramref name="sub"/> is always a valid <paramref name="super"/> (output position).</summary>
    public bool IsSubtype(ITypeNode sub, ITypeNode super)
    {
        switch (super, sub)
        {
            case (NonNullTypeNode a, NonNullTypeNode b): return IsSubtype(b.Type, a.Type);
            case (NonNullTypeNode, _): return false;
            case (_, NonNullTypeNode b): return IsSubtype(b.Type, super);
            case (ListTypeNode a, ListTypeNode b): return IsSubtype(b.Type, a.Type);
            case (NamedTypeNode a, NamedTypeNode b):
                return a.Name.Value == b.Name.Value || (_supertypes.TryGetValue(b.Name.Value, out var s) && s.Contains(a.Name.Value));
            default: return false;
        }
    }

    /// <summary>Input positions: same named type, nullability may differ (the merged type is the most restrictive).</summary>
    public static bool SameShapeIgnoringNullability(ITypeNode a, ITypeNode b) => (Strip(a), Strip(b)) switch
    {
        (ListTypeNode x, ListTypeNode y) => SameShapeIgnoringNullability(x.Type, y.Type),
        (NamedTypeNode x, NamedTypeNode y) => x.Name.Value == y.Name.Value,
        _ => false,
    };

    private static ITypeNode Strip(ITypeNode t) => t is NonNullTypeNode n ? n.Type : t;

    public static string Print(ITypeNode type) => Printer.Print((SyntaxNode)type);
}
