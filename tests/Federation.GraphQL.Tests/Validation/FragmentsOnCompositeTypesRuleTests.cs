using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class FragmentsOnCompositeTypesRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_Object_Fragment() => ExpectValid(() => new FragmentsOnCompositeTypesRule(), """
        fragment validFragment on Dog { barks }
        """);

    [Fact]
    public void Accepts_Interface_Fragment() => ExpectValid(() => new FragmentsOnCompositeTypesRule(), """
        fragment validFragment on Pet { name }
        """);

    [Fact]
    public void Accepts_Union_Fragment() => ExpectValid(() => new FragmentsOnCompositeTypesRule(), """
        fragment validFragment on CatOrDog { __typename }
        """);

    [Fact]
    public void Accepts_Inline_Fragment_Without_Type() => ExpectValid(() => new FragmentsOnCompositeTypesRule(), """
        fragment validFragment on Pet { ... { name } }
        """);

    [Fact]
    public void Rejects_Scalar_Fragment() => ExpectErrors(() => new FragmentsOnCompositeTypesRule(), """
        fragment scalarFragment on Boolean { bad }
        """,
            Error("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (1, 28)));

    [Fact]
    public void Rejects_Enum_Fragment() => ExpectErrors(() => new FragmentsOnCompositeTypesRule(), """
        fragment scalarFragment on FurColor { bad }
        """,
            Error("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", (1, 28)));

    [Fact]
    public void Rejects_Input_Object_Fragment() => ExpectErrors(() => new FragmentsOnCompositeTypesRule(), """
        fragment inputFragment on ComplexInput { stringField }
        """,
            Error("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (1, 27)));

    [Fact]
    public void Rejects_Scalar_Inline_Fragment() => ExpectErrors(() => new FragmentsOnCompositeTypesRule(), """
        fragment invalidFragment on Pet { ... on String { barks } }
        """,
            Error("Fragment cannot condition on non composite type \"String\".", (1, 42)));
}
