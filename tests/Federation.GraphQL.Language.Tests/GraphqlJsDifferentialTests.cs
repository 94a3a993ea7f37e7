using System.Text.Json;

namespace Federation.GraphQL.Language.Tests;

/// <summary>
/// Compares parse, print, locations and error messages with graphql-js 17.1.0 on the cases listed in
/// __snapshots__/graphql-js-cases.mjs (its answers are stored in graphql-js-cases.txt).
/// </summary>
public class GraphqlJsDifferentialTests
{
    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        var lines = TestData.Snapshot("graphql-js-cases.txt").Split('\n');
        for (var i = 0; i + 2 < lines.Length; i += 3)
        {
            using var input = JsonDocument.Parse(lines[i]);
            data.Add(input.RootElement.GetProperty("goal").GetString()!, input.RootElement.GetProperty("source").GetString()!,
                lines[i + 1], lines[i + 2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_Agrees_With_GraphqlJs(string goal, string source, string expected, string expectedLocations)
    {
        using var answer = JsonDocument.Parse(expected);
        SyntaxNode? node = null;
        GraphQLSyntaxException? error = null;
        try
        {
            node = goal switch
            {
                "document" => Parser.Parse(source),
                "value" => (SyntaxNode)Parser.ParseValue(source),
                "const" => (SyntaxNode)Parser.ParseConstValue(source),
                _ => (SyntaxNode)Parser.ParseType(source),
            };
        }
        catch (GraphQLSyntaxException e)
        {
            error = e;
        }

        if (answer.RootElement.TryGetProperty("error", out var message))
        {
            Assert.Null(node is null ? null : Printer.Print(node));
            Assert.Equal(message.GetString(), error!.Message);
            Assert.Equal(
                (answer.RootElement.GetProperty("line").GetInt32(), answer.RootElement.GetProperty("column").GetInt32()),
                (error.Line, error.Column));
            return;
        }

        Assert.Null(error?.Message);
        Assert.Equal(answer.RootElement.GetProperty("print").GetString(), Printer.Print(node!));
        using var locations = JsonDocument.Parse(expectedLocations);
        if (locations.RootElement.ValueKind == JsonValueKind.Array)
        {
            var expectedList = locations.RootElement.EnumerateArray().Select(e => e.GetString()!).ToList();
            Assert.Equal(expectedList, Locations(node!));
        }
    }

    private static List<string> Locations(SyntaxNode root)
    {
        var result = new List<string>();
        void Walk(SyntaxNode node)
        {
            if (node.Kind != SyntaxKind.Document)
            {
                var l = node.Location!.Value;
                result.Add($"{node.Kind} {l.Line}:{l.Column} {l.Start}-{l.End}");
            }

            foreach (var child in node.GetChildren()) Walk(child);
        }

        Walk(root);
        return result;
    }
}
