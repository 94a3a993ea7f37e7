using Federation.GraphQL.Introspection;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers (all specified rules) for the same schema and documents.
public sealed partial class DocumentValidatorTests
{
    [Fact]
    public void Accepts_Introspection_Query() => ExpectAllValid(IntrospectionQuery.Create(new IntrospectionQueryOptions()));

    [Fact]
    public void Accepts_Valid_Document_With_Fragments_And_Variables() => ExpectAllValid("""
        query Q($id: ID, $cmd: DogCommand = SIT, $skip: Boolean!) {
          human(id: $id) { name pets { ...PetName } }
          dog @skip(if: $skip) { doesKnowCommand(dogCommand: $cmd) ...DogFields }
          catOrDog { ... on Cat { meows } ... on Dog { barks } }
        }
        fragment PetName on Pet { name }
        fragment DogFields on Dog { barkVolume owner { iq } }
        """);

    [Fact]
    public void Reports_Errors_Of_Every_Rule_In_Graphql_Js_Order() => ExpectAllErrors("""
        query Q($unused: Int, $x: Dog) {
          dog { unknownField name(surname: "yes") owner }
          human(id: 1, id: 2) { ...Missing }
          cat @include(if: $undefinedVar) @include(if: true) { name: meows }
        }
        query Q { __typename }
        fragment Unused on Dog { name }
        """,
            Error("Variable \"$undefinedVar\" is not defined by operation \"Q\".", (4, 20), (1, 1)),
            Error("Variable \"$unused\" is never used in operation \"Q\".", (1, 9)),
            Error("Variable \"$x\" is never used in operation \"Q\".", (1, 23)),
            Error("Variable \"$x\" cannot be non-input type \"Dog\".", (1, 27)),
            Error("Cannot query field \"unknownField\" on type \"Dog\".", (2, 9)),
            Error("Boolean cannot represent a non boolean value: \"yes\"", (2, 36)),
            Error("Field \"owner\" of type \"Human\" must have a selection of subfields. Did you mean \"owner { ... }\"?", (2, 43)),
            Error("There can be only one argument named \"id\".", (3, 9), (3, 16)),
            Error("Unknown fragment \"Missing\".", (3, 28)),
            Error("The directive \"@include\" can only be used once at this location.", (4, 7), (4, 35)),
            Error("There can be only one operation named \"Q\".", (1, 7), (6, 7)),
            Error("Fragment \"Unused\" is never used.", (7, 1)));

    [Fact]
    public void Reports_Conflicts_And_Values_In_Order() => ExpectAllErrors("""
        {
          complicatedArgs {
            intArgField(intArg: "x")
            intArgField(intArg: 3)
            complexArgField(complexArg: { intField: 1, intField: 2 })
            multipleReqs(req1: 1)
          }
        }
        """,
            Error("Fields \"intArgField\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 5)),
            Error("Int cannot represent non-integer value: \"x\"", (3, 25)),
            Error("Expected value of type \"ComplexInput\" to include required field \"requiredField\", found: { intField: 1, intField: 2 }.", (5, 33)),
            Error("There can be only one input field named \"intField\".", (5, 35), (5, 48)),
            Error("Argument \"ComplicatedArgs.multipleReqs(req2:)\" of type \"Int!\" is required, but it was not provided.", (6, 5)));

    [Fact]
    public void Reports_Cycle_And_Unknown_Type() => ExpectAllErrors("""
        { dog { ...A } }
        fragment A on Dog { ...B }
        fragment B on Dog { ...A }
        fragment C on Doge { name }
        """,
            Error("Cannot spread fragment \"A\" within itself via \"B\".", (2, 21), (3, 21)),
            Error("Unknown type \"Doge\". Did you mean \"Dog\"?", (4, 15)),
            Error("Fragment \"C\" is never used.", (4, 1)));

    [Fact]
    public void Reports_Subscription_And_Anonymous_Errors() => ExpectAllErrors("""
        subscription { newDog { name } newCat { name } }
        { dog { name } }
        """,
            Error("This anonymous operation must be the only defined operation.", (1, 1)),
            Error("Anonymous Subscription must select only one top level field.", (1, 32)),
            Error("This anonymous operation must be the only defined operation.", (2, 1)));
}
