using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class NoFragmentCyclesRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_Single_Reference() => ExpectValid(() => new NoFragmentCyclesRule(), """
        fragment fragA on Dog { ...fragB } fragment fragB on Dog { name }
        """);

    [Fact]
    public void Accepts_Double_Spread() => ExpectValid(() => new NoFragmentCyclesRule(), """
        fragment fragA on Dog { ...fragB, ...fragB } fragment fragB on Dog { name }
        """);

    [Fact]
    public void Accepts_Unknown_Fragment() => ExpectValid(() => new NoFragmentCyclesRule(), """
        fragment nameFragment on Pet { ...UnknownFragment }
        """);

    [Fact]
    public void Rejects_Self_Spread() => ExpectErrors(() => new NoFragmentCyclesRule(), """
        fragment fragA on Dog { ...fragA }
        """,
            Error("Cannot spread fragment \"fragA\" within itself.", (1, 25)));

    [Fact]
    public void Rejects_Self_Spread_In_Inline_Fragment() => ExpectErrors(() => new NoFragmentCyclesRule(), """
        fragment fragA on Pet { ... on Dog { ...fragA } }
        """,
            Error("Cannot spread fragment \"fragA\" within itself.", (1, 38)));

    [Fact]
    public void Rejects_Spread_Through_Other_Fragment() => ExpectErrors(() => new NoFragmentCyclesRule(), """
        fragment fragA on Dog { ...fragB } fragment fragB on Dog { ...fragA }
        """,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (1, 60)));

    [Fact]
    public void Rejects_Deep_Cycle() => ExpectErrors(() => new NoFragmentCyclesRule(), """
        fragment fragA on Dog { ...fragB } fragment fragB on Dog { ...fragC } fragment fragC on Dog { ...fragO } fragment fragO on Dog { ...fragP } fragment fragP on Dog { ...fragA, ...fragX } fragment fragX on Dog { ...fragY } fragment fragY on Dog { ...fragZ } fragment fragZ on Dog { ...fragO }
        """,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".", (1, 25), (1, 60), (1, 95), (1, 130), (1, 165)),
            Error("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".", (1, 130), (1, 175), (1, 210), (1, 245), (1, 280)));

    [Fact]
    public void Rejects_Multiple_Cycles_From_One_Fragment() => ExpectErrors(() => new NoFragmentCyclesRule(), """
        fragment fragA on Dog { ...fragB, ...fragC } fragment fragB on Dog { ...fragA } fragment fragC on Dog { ...fragA }
        """,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (1, 70)),
            Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 35), (1, 105)));
}
