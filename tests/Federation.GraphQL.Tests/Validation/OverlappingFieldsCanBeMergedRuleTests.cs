using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class OverlappingFieldsCanBeMergedRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_Unique_Fields() => ExpectValid(() => new OverlappingFieldsCanBeMergedRule(), """
        fragment uniqueFields on Dog { name nickname }
        """);

    [Fact]
    public void Accepts_Identical_Fields() => ExpectValid(() => new OverlappingFieldsCanBeMergedRule(), """
        fragment mergeIdenticalFields on Dog { name name }
        """);

    [Fact]
    public void Accepts_Identical_Fields_With_Identical_Args() => ExpectValid(() => new OverlappingFieldsCanBeMergedRule(), """
        fragment f on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }
        """);

    [Fact]
    public void Accepts_Different_Args_With_Different_Aliases() => ExpectValid(() => new OverlappingFieldsCanBeMergedRule(), """
        fragment f on Dog { knowsSit: doesKnowCommand(dogCommand: SIT) knowsDown: doesKnowCommand(dogCommand: DOWN) }
        """);

    [Fact]
    public void Accepts_Different_Fields_On_Exclusive_Objects() => ExpectValid(() => new OverlappingFieldsCanBeMergedRule(), """
        fragment f on Pet { ... on Dog { name: nickname } ... on Cat { name } }
        """);

    [Fact]
    public void Accepts_Object_Args_In_Different_Order() => ExpectValid(() => new OverlappingFieldsCanBeMergedRule(), """
        { complicatedArgs { complexArgField(complexArg: {requiredField: true, intField: 1}) complexArgField(complexArg: {intField: 1, requiredField: true}) } }
        """);

    [Fact]
    public void Rejects_Same_Alias_Different_Fields() => ExpectErrors(() => new OverlappingFieldsCanBeMergedRule(), """
        fragment sameAliasesWithDifferentFieldTargets on Dog { fido: name fido: nickname }
        """,
            Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 56), (1, 67)));

    [Fact]
    public void Rejects_Alias_Masking_Field() => ExpectErrors(() => new OverlappingFieldsCanBeMergedRule(), """
        fragment aliasMaskingDirectFieldAccess on Dog { name: nickname name }
        """,
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 49), (1, 64)));

    [Fact]
    public void Rejects_Different_Args() => ExpectErrors(() => new OverlappingFieldsCanBeMergedRule(), """
        fragment conflictingArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) }
        """,
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 35), (1, 68)));

    [Fact]
    public void Rejects_Args_On_One_Side_Only() => ExpectErrors(() => new OverlappingFieldsCanBeMergedRule(), """
        fragment f on Dog { doesKnowCommand doesKnowCommand(dogCommand: HEEL) }
        """,
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 21), (1, 37)));

    [Fact]
    public void Rejects_Conflict_Through_Fragments() => ExpectErrors(() => new OverlappingFieldsCanBeMergedRule(), """
        { dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: barks }
        """,
            Error("Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 43), (1, 73)));

    [Fact]
    public void Rejects_Deep_Conflict() => ExpectErrors(() => new OverlappingFieldsCanBeMergedRule(), """
        { dog { owner { x: name } } dog { owner { x: iq } } }
        """,
            Error("Fields \"dog\" conflict because subfields \"owner\" conflict because subfields \"x\" conflict because \"name\" and \"iq\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 3), (1, 9), (1, 17), (1, 29), (1, 35), (1, 43)));

    [Fact]
    public void Rejects_Conflicting_Return_Types_On_Exclusive_Objects() => ExpectErrors(() => new OverlappingFieldsCanBeMergedRule(), """
        { catOrDog { ... on Dog { someValue: barkVolume } ... on Cat { someValue: nickname } } }
        """,
            Error("Fields \"someValue\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (1, 27), (1, 64)));

    [Fact]
    public void Rejects_List_And_Non_List_Types() => ExpectErrors(() => new OverlappingFieldsCanBeMergedRule(), """
        { dogOrHuman { ... on Dog { x: owner { name } } ... on Human { x: relatives { name } } } }
        """,
            Error("Fields \"x\" conflict because they return conflicting types \"Human\" and \"[Human]!\". Use different aliases on the fields to fetch both if this was intentional.", (1, 29), (1, 64)));

    [Fact]
    public void Rejects_Conflict_Between_Field_And_Fragment() => ExpectErrors(() => new OverlappingFieldsCanBeMergedRule(), """
        { dog { name ...F } } fragment F on Dog { name: barks }
        """,
            Error("Fields \"name\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 43)));

    [Fact]
    public void Rejects_Multiple_Deep_Conflicts() => ExpectErrors(() => new OverlappingFieldsCanBeMergedRule(), """
        { field: dog { x: name y: barks } field: dog { x: nickname y: barkVolume } }
        """,
            Error("Fields \"field\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and subfields \"y\" conflict because \"barks\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 3), (1, 16), (1, 24), (1, 35), (1, 48), (1, 60)));
}
