using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class PossibleFragmentSpreadsRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_Same_Object() => ExpectValid(() => new PossibleFragmentSpreadsRule(), """
        fragment objectWithinObject on Dog { ...dogFragment } fragment dogFragment on Dog { barkVolume }
        """);

    [Fact]
    public void Accepts_Object_Into_Implemented_Interface() => ExpectValid(() => new PossibleFragmentSpreadsRule(), """
        fragment objectWithinInterface on Pet { ...dogFragment } fragment dogFragment on Dog { barkVolume }
        """);

    [Fact]
    public void Accepts_Union_Into_Contained_Object() => ExpectValid(() => new PossibleFragmentSpreadsRule(), """
        fragment unionWithinObject on Dog { ...catOrDogFragment } fragment catOrDogFragment on CatOrDog { __typename }
        """);

    [Fact]
    public void Accepts_Interface_Into_Overlapping_Union() => ExpectValid(() => new PossibleFragmentSpreadsRule(), """
        fragment f on DogOrHuman { ... on Pet { name } }
        """);

    [Fact]
    public void Rejects_Different_Object_Into_Object() => ExpectErrors(() => new PossibleFragmentSpreadsRule(), """
        fragment invalidObjectWithinObject on Cat { ...dogFragment } fragment dogFragment on Dog { barkVolume }
        """,
            Error("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 45)));

    [Fact]
    public void Rejects_Inline_Different_Object() => ExpectErrors(() => new PossibleFragmentSpreadsRule(), """
        fragment invalidObjectWithinObjectAnon on Cat { ... on Dog { barkVolume } }
        """,
            Error("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 49)));

    [Fact]
    public void Rejects_Object_Into_Not_Implementing_Interface() => ExpectErrors(() => new PossibleFragmentSpreadsRule(), """
        fragment invalidObjectWithinInterface on Pet { ...humanFragment } fragment humanFragment on Human { pets { name } }
        """,
            Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (1, 48)));

    [Fact]
    public void Rejects_Union_Into_Non_Overlapping_Union() => ExpectErrors(() => new PossibleFragmentSpreadsRule(), """
        fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment } fragment humanOrAlienFragment on HumanOrAlien { __typename }
        """,
            Error("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", (1, 48)));

    [Fact]
    public void Rejects_Interface_Into_Non_Overlapping_Union() => ExpectErrors(() => new PossibleFragmentSpreadsRule(), """
        fragment f on HumanOrAlien { ... on Pet { name } }
        """,
            Error("Fragment cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".", (1, 30)));
}
