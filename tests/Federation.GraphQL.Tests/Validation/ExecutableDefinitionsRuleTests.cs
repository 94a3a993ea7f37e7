using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class ExecutableDefinitionsRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_Only_Operation() => ExpectValid(() => new ExecutableDefinitionsRule(), """
        query Foo { dog { name } }
        """);

    [Fact]
    public void Accepts_Operation_And_Fragment() => ExpectValid(() => new ExecutableDefinitionsRule(), """
        query Foo { dog { ...Frag } } fragment Frag on Dog { name }
        """);

    [Fact]
    public void Rejects_Type_Definition() => ExpectErrors(() => new ExecutableDefinitionsRule(), """
        query Foo { dog { name } } type Cow { name: String } extend type Dog { color: String }
        """,
            Error("The \"Cow\" definition is not executable.", (1, 28)),
            Error("The \"Dog\" definition is not executable.", (1, 54)));

    [Fact]
    public void Rejects_Schema_Definition() => ExpectErrors(() => new ExecutableDefinitionsRule(), """
        schema { query: QueryRoot } query Foo { dog { name } }
        """,
            Error("The schema definition is not executable.", (1, 1)));

    [Fact]
    public void Rejects_Directive_And_Scalar() => ExpectErrors(() => new ExecutableDefinitionsRule(), """
        { dog { name } } scalar Date directive @x on FIELD
        """,
            Error("The \"Date\" definition is not executable.", (1, 18)),
            Error("The \"x\" definition is not executable.", (1, 30)));

    [Fact]
    public void Rejects_Schema_Extension() => ExpectErrors(() => new ExecutableDefinitionsRule(), """
        { dog { name } } extend schema @onQuery
        """,
            Error("The schema definition is not executable.", (1, 18)));
}
