namespace Federation.GraphQL.Language.Tests;

public class SyntaxWalkerTests
{
    private sealed class Recorder : SyntaxWalker
    {
        public List<string> Events { get; } = [];
        public SyntaxKind? SkipKind { get; init; }
        public string? BreakAtName { get; init; }

        protected override VisitAction Enter(SyntaxNode node)
        {
            Events.Add("enter " + node.Kind);
            if (node is NameNode name && name.Value == BreakAtName) return VisitAction.Break;
            return node.Kind == SkipKind ? VisitAction.Skip : VisitAction.Continue;
        }

        protected override void Leave(SyntaxNode node) => Events.Add("leave " + node.Kind);
    }

    private static void Expected(SyntaxNode node, List<string> events)
    {
        events.Add("enter " + node.Kind);
        foreach (var child in node.GetChildren()) Expected(child, events);
        events.Add("leave " + node.Kind);
    }

    [Theory]
    [InlineData("kitchen-sink-query.graphql")]
    [InlineData("kitchen-sink-schema.graphql")]
    public void Walk_Visits_Every_Node_In_Source_Order(string document)
    {
        var tree = Parser.Parse(TestData.Embedded(document));
        var expected = new List<string>();
        Expected(tree, expected);
        var recorder = new Recorder();
        recorder.Walk(tree);
        Assert.Equal(expected, recorder.Events);
    }

    [Fact]
    public void Walk_Skips_Subtree_When_Enter_Returns_Skip()
    {
        var recorder = new Recorder { SkipKind = SyntaxKind.SelectionSet };
        recorder.Walk(Parser.Parse("query Q { a { b } }"));
        Assert.Equal(
            ["enter Document", "enter OperationDefinition", "enter Name", "leave Name", "enter SelectionSet",
             "leave OperationDefinition", "leave Document"],
            recorder.Events);
    }

    [Fact]
    public void Walk_Stops_When_Enter_Returns_Break()
    {
        var recorder = new Recorder { BreakAtName = "b" };
        recorder.Walk(Parser.Parse("{ a b c }"));
        Assert.Equal("enter Name", recorder.Events[^1]);
        Assert.Equal(2, recorder.Events.Count(e => e == "enter Field"));
        Assert.DoesNotContain("leave SelectionSet", recorder.Events);
    }

    private sealed class FieldCounter : SyntaxWalker
    {
        public int Fields;
        public int Depth;
        public int MaxDepth;

        protected override VisitAction EnterSelectionSet(SelectionSetNode node)
        {
            MaxDepth = Math.Max(MaxDepth, ++Depth);
            return VisitAction.Continue;
        }

        protected override void LeaveSelectionSet(SelectionSetNode node) => Depth--;

        protected override VisitAction EnterField(FieldNode node)
        {
            Fields++;
            return VisitAction.Continue;
        }
    }

    [Fact]
    public void Walk_Calls_Kind_Specific_Hooks()
    {
        var counter = new FieldCounter();
        counter.Walk(Parser.Parse("{ a { b { c } d } ... on X { e } }"));
        Assert.Equal(5, counter.Fields);
        Assert.Equal(3, counter.MaxDepth);
        Assert.Equal(0, counter.Depth);
    }
}
