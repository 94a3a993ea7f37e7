using Federation.GraphQL.Language;
using Federation.GraphQL.Types;
using Federation.GraphQL.Validation;
using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

public sealed partial class DocumentValidatorTests : ValidationTestBase
{
    private static readonly Lazy<Schema> QueryOnlySchema = new(() => SchemaBuilder.FromSdl("type Query { a: Int }"));

    private static void ExpectAllValid(string query) => AssertErrors([], DocumentValidator.Validate(TestSchema, Parser.Parse(query)));

    private static void ExpectAllErrors(string query, params ExpectedError[] expected)
        => AssertErrors(expected, DocumentValidator.Validate(TestSchema, Parser.Parse(query)));

    [Fact]
    public void KnownOperationTypes_Rejects_Mutation_Without_Mutation_Root()
        => ExpectErrors(() => new KnownOperationTypesRule(), "mutation M { a }", QueryOnlySchema.Value,
            Error("The mutation operation is not supported by the schema.", (1, 1)));

    [Fact]
    public void KnownOperationTypes_Rejects_Each_Unsupported_Operation()
        => ExpectErrors(() => new KnownOperationTypesRule(), "subscription { a } mutation { a }", QueryOnlySchema.Value,
            Error("The subscription operation is not supported by the schema.", (1, 1)),
            Error("The mutation operation is not supported by the schema.", (1, 20)));

    [Fact]
    public void KnownOperationTypes_Accepts_Query_On_Query_Only_Schema()
        => ExpectValid(() => new KnownOperationTypesRule(), "query Q { a }", QueryOnlySchema.Value);

    [Fact]
    public void Validate_Stops_At_Max_Errors_With_Abort_Error()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 105).Select(i => $"f{i}")) + " }";
        var errors = DocumentValidator.Validate(QueryOnlySchema.Value, Parser.Parse(query));
        Assert.Equal(101, errors.Count);
        Assert.Equal("Cannot query field \"f99\" on type \"Query\".", errors[99].Message);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[100].Message);
        Assert.Null(errors[100].Locations);
    }

    [Fact]
    public void Validate_Honours_A_Smaller_Max_Errors()
    {
        var errors = DocumentValidator.Validate(QueryOnlySchema.Value, Parser.Parse("{ x y z }"), new ValidationOptions { MaxErrors = 2 });
        Assert.Equal(3, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[2].Message);
    }

    [Fact]
    public void Validate_Hides_Suggestions_When_Asked()
    {
        var errors = DocumentValidator.Validate(TestSchema, Parser.Parse("{ dog { nam } }"), new ValidationOptions { HideSuggestions = true });
        Assert.Equal("Cannot query field \"nam\" on type \"Dog\".", Assert.Single(errors).Message);
    }

    [Fact]
    public void Validate_Rejects_Empty_Selection_Sets_When_Not_Allowed()
    {
        var document = new DocumentNode([
            new OperationDefinitionNode(OperationType.Query, null, [], [],
                new SelectionSetNode([new FieldNode(null, new NameNode("dog"), [], [], new SelectionSetNode([]))])),
        ]);
        var errors = DocumentValidator.Validate(TestSchema, document, ValidationRules.Specified, new ValidationOptions { AllowEmptySelectionSets = false });
        Assert.Equal("Field \"dog\" of type \"Dog\" must have at least one field selected.", Assert.Single(errors).Message);
    }

    [Fact]
    public void Specified_Rules_Run_In_Graphql_Js_Order()
    {
        var names = ValidationRules.Specified.Select(f => f().GetType().Name).ToArray();
        Assert.Equal(28, names.Length);
        Assert.Equal("ExecutableDefinitionsRule", names[0]);
        Assert.Equal("OverlappingFieldsCanBeMergedRule", names[25]);
        Assert.Equal("MaxIntrospectionDepthRule", names[^1]);
    }
}
