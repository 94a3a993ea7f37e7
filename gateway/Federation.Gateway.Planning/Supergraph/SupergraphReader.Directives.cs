using Federation.GraphQL.Language;

namespace Federation.Gateway.Planning.Supergraph;

public static partial class SupergraphReader
{
    private static IValueNode? Arg(DirectiveNode directive, string name)
    {
        foreach (var a in directive.Arguments)
        {
            if (a.Name.Value == name) return a.Value;
        }
        return null;
    }

    private static string? StringArg(DirectiveNode d, string name) => Arg(d, name) switch
    {
        StringValueNode s => s.Value,
        EnumValueNode e => e.Value,
        _ => null,
    };

    private static bool BoolArg(DirectiveNode d, string name) => Arg(d, name) is BooleanValueNode { Value: true };

    private static bool BoolArg(DirectiveNode d, string name, bool fallback)
        => Arg(d, name) is BooleanValueNode b ? b.Value : fallback;

    private static IEnumerable<DirectiveNode> Named(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var d in directives)
        {
            if (d.Name.Value == name) yield return d;
        }
    }
}
