using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class UniqueDirectivesPerLocationRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_No_Directives() => ExpectValid(() => new UniqueDirectivesPerLocationRule(), """
        fragment Test on Type { field }
        """);

    [Fact]
    public void Accepts_Unique_Directives() => ExpectValid(() => new UniqueDirectivesPerLocationRule(), """
        fragment Test on Type { field @onField @include(if: true) }
        """);

    [Fact]
    public void Accepts_Repeatable_Directive() => ExpectValid(() => new UniqueDirectivesPerLocationRule(), """
        query @repeatable @repeatable { field @repeatable @repeatable }
        """);

    [Fact]
    public void Accepts_Same_Directive_In_Different_Locations() => ExpectValid(() => new UniqueDirectivesPerLocationRule(), """
        fragment Test on Type @onFragmentDefinition { field @onField }
        """);

    [Fact]
    public void Rejects_Duplicate_Directive() => ExpectErrors(() => new UniqueDirectivesPerLocationRule(), """
        fragment Test on Type { field @onField @onField }
        """,
            Error("The directive \"@onField\" can only be used once at this location.", (1, 31), (1, 40)));

    [Fact]
    public void Rejects_Many_Duplicates() => ExpectErrors(() => new UniqueDirectivesPerLocationRule(), """
        fragment Test on Type { field @onField @onField @onField }
        """,
            Error("The directive \"@onField\" can only be used once at this location.", (1, 31), (1, 40)),
            Error("The directive \"@onField\" can only be used once at this location.", (1, 31), (1, 49)));

    [Fact]
    public void Rejects_Duplicates_Of_Different_Directives() => ExpectErrors(() => new UniqueDirectivesPerLocationRule(), """
        fragment Test on Type { field @onField @skip(if: true) @onField @skip(if: false) }
        """,
            Error("The directive \"@onField\" can only be used once at this location.", (1, 31), (1, 56)),
            Error("The directive \"@skip\" can only be used once at this location.", (1, 40), (1, 65)));

    [Fact]
    public void Rejects_Duplicates_On_Operation_And_Spread() => ExpectErrors(() => new UniqueDirectivesPerLocationRule(), """
        query @onQuery @onQuery { ...F @skip(if: true) @skip(if: true) } fragment F on QueryRoot { dog { name } }
        """,
            Error("The directive \"@onQuery\" can only be used once at this location.", (1, 7), (1, 16)),
            Error("The directive \"@skip\" can only be used once at this location.", (1, 32), (1, 48)));
}
