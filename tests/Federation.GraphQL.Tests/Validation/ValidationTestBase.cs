using Federation.GraphQL.Language;
using Federation.GraphQL.Types;
using Federation.GraphQL.Validation;

namespace Federation.GraphQL.Tests.Validation;

/// <summary>An error the test expects: its message and its locations (line, column).</summary>
public sealed record ExpectedError(string Message, params (int Line, int Column)[] Locations)
{
    public override string ToString()
        => Message + " @ " + string.Join(", ", Array.ConvertAll(Locations, l => $"{l.Line}:{l.Column}"));
}

/// <summary>Shared harness of the rule tests: run one rule (or all) and compare errors, in order, with locations.</summary>
public abstract class ValidationTestBase
{
    private static readonly Lazy<Schema> LazySchema = new(() => SchemaBuilder.FromSdl(ValidationTestSchema.Sdl));

    protected static Schema TestSchema => LazySchema.Value;

    protected static ExpectedError Error(string message, params (int Line, int Column)[] locations) => new(message, locations);

    protected static IReadOnlyList<GraphQLError> Validate(Func<ValidationRule> rule, string query, Schema? schema = null, ValidationOptions? options = null)
        => DocumentValidator.Validate(schema ?? TestSchema, Parser.Parse(query), [rule], options);

    protected static void ExpectValid(Func<ValidationRule> rule, string query, Schema? schema = null)
        => ExpectErrors(rule, query, schema, []);

    protected static void ExpectErrors(Func<ValidationRule> rule, string query, params ExpectedError[] expected)
        => ExpectErrors(rule, query, null, expected);

    protected static void ExpectErrors(Func<ValidationRule> rule, string query, Schema? schema, params ExpectedError[] expected)
        => AssertErrors(expected, Validate(rule, query, schema));

    protected static void AssertErrors(IReadOnlyList<ExpectedError> expected, IReadOnlyList<GraphQLError> actual)
    {
        var actualErrors = new List<ExpectedError>();
        foreach (var error in actual)
        {
            var locations = new List<(int, int)>();
            foreach (var l in error.Locations ?? []) locations.Add((l.Line, l.Column));
            actualErrors.Add(new ExpectedError(error.Message, [.. locations]));
        }
        Assert.Equal(
            string.Join("\n", expected.Select(e => e.ToString())),
            string.Join("\n", actualErrors.Select(e => e.ToString())));
    }
}
