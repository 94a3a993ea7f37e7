using System.Text;
using Federation.GraphQL.Language;

namespace Federation.Gateway.Planning.Build;

/// <summary>The selection set of one position of a subgraph fetch while it is built: fields merged by response key, fragments by type.</summary>
internal sealed class SelectionTree
{
    private readonly List<Entry> _items = [];
    private readonly Dictionary<string, Entry> _index = new(StringComparer.Ordinal);

    /// <summary>For the tree of a fragment on a possible type: the tree of the abstract position that holds the fragments.</summary>
    private SelectionTree? _abstractParent;

    /// <summary>At an abstract position: the subgraph type of each response name used in its fragments.</summary>
    private Dictionary<string, string>? _responseTypes;

    /// <summary>The suffix of the aliases the planner adds; the executor strips it when it merges.</summary>
    public const string AliasMarker = Plan.PlanAliases.Marker;

    public bool IsEmpty => _items.Count == 0 || _items.TrueForAll(i => i.IsFragment && i.Children!.IsEmpty);

    public SelectionTree? Field(FieldNode field, IReadOnlyList<DirectiveNode> conditions, bool composite, string? typeSignature = null)
    {
        if (typeSignature is not null && _abstractParent is { } holder)
        {
            // Spec 5.3.2 FieldsInSetCanMerge: same response name with different types in sibling fragments needs an alias.
            var types = holder._responseTypes ??= new Dictionary<string, string>(StringComparer.Ordinal);
            if (!types.TryGetValue(field.ResponseName, out var seen)) types[field.ResponseName] = typeSignature;
            else if (seen != typeSignature)
            {
                var alias = field.ResponseName + AliasMarker + new string(typeSignature.Where(char.IsLetterOrDigit).ToArray())
                            + (typeSignature.EndsWith('!') ? "_nn" : "");
                field = new FieldNode(new NameNode(alias), field.Name, field.Arguments, field.Directives, field.SelectionSet);
            }
        }
        var directives = conditions.Count == 0 ? field.Directives : [.. field.Directives, .. conditions];
        var key = field.ResponseName + Signature(field, directives);
        if (!_index.TryGetValue(key, out var entry))
        {
            entry = new Entry(field, directives, null, composite ? new SelectionTree() : null);
            _index.Add(key, entry);
            _items.Add(entry);
        }
        return entry.Children;
    }

    public SelectionTree Fragment(string typeName)
    {
        var key = "... on " + typeName;
        if (!_index.TryGetValue(key, out var entry))
        {
            entry = new Entry(null, [], typeName, new SelectionTree { _abstractParent = this });
            _index.Add(key, entry);
            _items.Add(entry);
        }
        return entry.Children!;
    }

    public void AddTypename() => Field(Typename, [], composite: false);

    private static readonly FieldNode Typename = new(null, new NameNode("__typename"), [], [], null);

    private static string Signature(FieldNode field, IReadOnlyList<DirectiveNode> directives)
    {
        if (field.Arguments.Count == 0 && directives.Count == 0) return field.Alias is null ? "" : ":" + field.Name.Value;
        var sb = new StringBuilder(":").Append(field.Name.Value);
        foreach (var a in field.Arguments) sb.Append(' ').Append(a.Name.Value).Append(':').Append(Printer.Print((SyntaxNode)a.Value));
        foreach (var d in directives) sb.Append(' ').Append(Printer.Print(d));
        return sb.ToString();
    }

    /// <summary>Prints the selection set on one line: <c>{ a b: c(x: 1) { d } ... on T { e } }</c>.</summary>
    public void Print(StringBuilder sb)
    {
        sb.Append('{');
        var any = false;
        foreach (var item in _items)
        {
            if (item.IsFragment && item.Children!.IsEmpty) continue;
            any = true;
            sb.Append(' ');
            if (item.IsFragment)
            {
                sb.Append("... on ").Append(item.TypeCondition).Append(' ');
                item.Children!.Print(sb);
                continue;
            }
            var f = item.Field!;
            if (f.Alias is not null) sb.Append(f.Alias.Value).Append(": ");
            sb.Append(f.Name.Value);
            if (f.Arguments.Count > 0)
            {
                sb.Append('(');
                for (var i = 0; i < f.Arguments.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(f.Arguments[i].Name.Value).Append(": ").Append(Printer.Print((SyntaxNode)f.Arguments[i].Value));
                }
                sb.Append(')');
            }
            foreach (var d in item.Directives) sb.Append(' ').Append(Printer.Print(d));
            if (item.Children is { } children)
            {
                sb.Append(' ');
                if (children.IsEmpty) sb.Append("{ __typename }");
                else children.Print(sb);
            }
        }
        if (!any) sb.Append(" __typename");
        sb.Append(" }");
    }

    /// <summary>Variables the selections use, in order of first use.</summary>
    public void CollectVariables(ISet<string> names)
    {
        foreach (var item in _items)
        {
            if (item.Field is { } f)
            {
                foreach (var a in f.Arguments) CollectVariables(a.Value, names);
            }
            foreach (var d in item.Directives)
            {
                foreach (var a in d.Arguments) CollectVariables(a.Value, names);
            }
            item.Children?.CollectVariables(names);
        }
    }

    private static void CollectVariables(IValueNode value, ISet<string> names)
    {
        switch (value)
        {
            case VariableNode v: names.Add(v.Name.Value); break;
            case ListValueNode l: foreach (var i in l.Items) CollectVariables(i, names); break;
            case ObjectValueNode o: foreach (var f in o.Fields) CollectVariables(f.Value, names); break;
        }
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        Print(sb);
        return sb.ToString();
    }

    private sealed record Entry(FieldNode? Field, IReadOnlyList<DirectiveNode> Directives, string? TypeCondition, SelectionTree? Children)
    {
        public bool IsFragment => Field is null;
    }
}
