namespace Federation.GraphQL.Language;

/// <summary>
/// Prints syntax trees as canonical GraphQL text, with the same layout as graphql-js 17's <c>print</c>: two-space
/// indentation, argument lists and list/object values broken onto lines when they would pass 80 columns.
/// </summary>
public static partial class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Reduce(node).Render();
    }

    private static PrintBuffer Reduce(SyntaxNode? node) => node switch
    {
        null => PrintBuffer.Empty,
        NameNode n => Text(n.Value),
        DocumentNode d => Join(ReduceAll(d.Definitions), "\n\n"),
        OperationDefinitionNode o => PrintOperation(o),
        VariableDefinitionNode v => Join(
            Described(v.Description), Reduce(v.Variable), Text(": "), ReduceType(v.Type), Wrap(" = ", ReduceValue(v.DefaultValue)),
            Wrap(" ", Join(ReduceAll(v.Directives), " "))),
        SelectionSetNode s => s.Selections.Count == 0 ? Text("{}") : Block(ReduceAll(s.Selections)),
        FieldNode f => Join(
            WrappedLineAndArguments(Join(Wrap("", Reduce(f.Alias), ": "), Reduce(f.Name)), ReduceAll(f.Arguments)),
            Wrap(" ", Join(ReduceAll(f.Directives), " ")),
            Wrap(" ", Reduce(f.SelectionSet))),
        ArgumentNode a => Join(Reduce(a.Name), Text(": "), ReduceValue(a.Value)),
        FragmentSpreadNode s => Join(Join(Text("..."), Reduce(s.Name)), Wrap(" ", Join(ReduceAll(s.Directives), " "))),
        InlineFragmentNode i => JoinWith(" ",
            Text("..."), Wrap("on ", Reduce(i.TypeCondition)), Join(ReduceAll(i.Directives), " "), Reduce(i.SelectionSet)),
        FragmentDefinitionNode f => Join(
            Described(f.Description), Text("fragment "), Reduce(f.Name), Text(" on "), Reduce(f.TypeCondition), Text(" "),
            Wrap("", Join(ReduceAll(f.Directives), " "), " "), Reduce(f.SelectionSet)),
        VariableNode v => Join(Text("$"), Reduce(v.Name)),
        IntValueNode i => Text(i.Value),
        FloatValueNode f => Text(f.Value),
        StringValueNode s => Text(s.Block ? PrintBlockString(s.Value) : PrintString(s.Value)),
        BooleanValueNode b => Text(b.Value ? "true" : "false"),
        NullValueNode => Text("null"),
        EnumValueNode e => Text(e.Value),
        ListValueNode l => PrintList(ReduceAll(l.Items)),
        ObjectValueNode o => PrintObject(ReduceAll(o.Fields)),
        ObjectFieldNode f => Join(Reduce(f.Name), Text(": "), ReduceValue(f.Value)),
        DirectiveNode d => Join(Text("@"), Reduce(d.Name), Wrap("(", Join(ReduceAll(d.Arguments), ", "), ")")),
        NamedTypeNode n => Reduce(n.Name),
        ListTypeNode l => Join(Text("["), ReduceType(l.Type), Text("]")),
        NonNullTypeNode n => Join(ReduceType(n.Type), Text("!")),
        OperationTypeDefinitionNode o => Join(Text(Keyword(o.Operation)), Text(": "), Reduce(o.Type)),
        FieldDefinitionNode f => Join(
            Described(f.Description), Reduce(f.Name), ArgumentDefinitions(ReduceAll(f.Arguments)), Text(": "),
            ReduceType(f.Type), Wrap(" ", Join(ReduceAll(f.Directives), " "))),
        InputValueDefinitionNode v => Join(
            Described(v.Description), Reduce(v.Name), Text(": "), ReduceType(v.Type), Wrap(" = ", ReduceValue(v.DefaultValue)),
            Wrap(" ", Join(ReduceAll(v.Directives), " "))),
        EnumValueDefinitionNode e => Join(
            Described(e.Description), JoinWith(" ", Reduce(e.Name), Join(ReduceAll(e.Directives), " "))),
        DirectiveDefinitionNode d => Join(
            Described(d.Description), Text("directive @"), Reduce(d.Name), ArgumentDefinitions(ReduceAll(d.Arguments)),
            d.Repeatable ? Text(" repeatable") : PrintBuffer.Empty, Text(" on "), Join(ReduceAll(d.Locations), " | ")),
        _ => ReduceTypeSystem(node),
    };

    private static PrintBuffer ReduceValue(IValueNode? value) => Reduce((SyntaxNode?)value);

    private static PrintBuffer ReduceType(ITypeNode type) => Reduce((SyntaxNode)type);

    private static PrintBuffer ReduceTypeSystem(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode s => Join(Described(s.Description),
            JoinWith(" ", Text("schema"), Join(ReduceAll(s.Directives), " "), Block(ReduceAll(s.OperationTypes)))),
        SchemaExtensionNode s => JoinWith(" ",
            Text("extend schema"), Join(ReduceAll(s.Directives), " "), Block(ReduceAll(s.OperationTypes))),
        ScalarTypeDefinitionNode s => TypeHead(s, "scalar", Join(ReduceAll(s.Directives), " ")),
        ObjectTypeDefinitionNode o => TypeHead(o, "type",
            Wrap("implements ", Join(ReduceAll(o.Interfaces), " & ")), Join(ReduceAll(o.Directives), " "),
            Block(ReduceAll(o.Fields))),
        InterfaceTypeDefinitionNode i => TypeHead(i, "interface",
            Wrap("implements ", Join(ReduceAll(i.Interfaces), " & ")), Join(ReduceAll(i.Directives), " "),
            Block(ReduceAll(i.Fields))),
        UnionTypeDefinitionNode u => TypeHead(u, "union",
            Join(ReduceAll(u.Directives), " "), Wrap("= ", Join(ReduceAll(u.Types), " | "))),
        EnumTypeDefinitionNode e => TypeHead(e, "enum", Join(ReduceAll(e.Directives), " "), Block(ReduceAll(e.Values))),
        InputObjectTypeDefinitionNode i => TypeHead(i, "input",
            Join(ReduceAll(i.Directives), " "), Block(ReduceAll(i.Fields))),
        _ => throw new ArgumentException($"Cannot print a node of kind {node.Kind}.", nameof(node)),
    };

    // OperationDefinition: an anonymous query with nothing but a selection set prints as the shorthand form.
    private static PrintBuffer PrintOperation(OperationDefinitionNode node)
    {
        var variables = ReduceAll(node.VariableDefinitions);
        // graphql-js puts multi-line variable definitions one per line without indenting them.
        var variableList = HasMultilineItems(variables)
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        var keyword = Keyword(node.Operation);
        var prefix = Join(
            Described(node.Description),
            JoinWith(" ", Text(keyword), Join(Reduce(node.Name), variableList), Join(ReduceAll(node.Directives), " ")));
        var head = node.Operation == OperationType.Query && prefix.Length == keyword.Length
            ? PrintBuffer.Empty
            : Join(prefix, Text(" "));
        return Join(head, Reduce(node.SelectionSet));
    }

    private static PrintBuffer TypeHead(NamedTypeSystemNode node, string keyword, params ReadOnlySpan<PrintBuffer> rest)
    {
        var parts = new PrintBuffer[rest.Length + 2];
        parts[0] = Text(node.IsExtension ? "extend " + keyword : keyword);
        parts[1] = Reduce(node.Name);
        rest.CopyTo(parts.AsSpan(2));
        var line = JoinWith(" ", parts);
        return node.IsExtension ? line : Join(Described(node.Description), line);
    }

    private static PrintBuffer PrintList(PrintBuffer[] values)
        => 2 + JoinedLength(values, ", ") > MaxLineLength
            ? Wrap("[\n", Join(values, "\n").Indent(), "\n]")
            : Join(Text("["), Join(values, ", "), Text("]"));

    private static PrintBuffer PrintObject(PrintBuffer[] fields)
        => 4 + JoinedLength(fields, ", ") > MaxLineLength
            ? Block(fields)
            : Join(Text("{ "), Join(fields, ", "), Text(" }"));

    private static PrintBuffer ArgumentDefinitions(PrintBuffer[] arguments)
        => HasMultilineItems(arguments)
            ? Wrap("(\n", Join(arguments, "\n").Indent(), "\n)")
            : Wrap("(", Join(arguments, ", "), ")");

    private static PrintBuffer WrappedLineAndArguments(PrintBuffer prefix, PrintBuffer[] arguments)
    {
        if (arguments.Length == 0)
        {
            return prefix;
        }

        return Join(prefix, prefix.Length + JoinedLength(arguments, ", ") + 2 > MaxLineLength
            ? Wrap("(\n", Join(arguments, "\n").Indent(), "\n)")
            : Wrap("(", Join(arguments, ", "), ")"));
    }

    private static string Keyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };
}
