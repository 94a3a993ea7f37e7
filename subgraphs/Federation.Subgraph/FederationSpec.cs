namespace Federation.Subgraph;

/// <summary>
/// The federation spec's definitions and the version that introduced each (Apollo federation directives reference).
/// Type placeholders in the templates (<c>{FieldSet}</c>, <c>{Scope}</c>, <c>{Policy}</c>, <c>{ContextFieldValue}</c>)
/// and the directive's own name (<c>{name}</c>) are replaced by their local names under a <c>@link</c>.
/// </summary>
internal static class FederationSpec
{
    public const string UrlPrefix = "https://specs.apollo.dev/federation/v";
    public const string DefaultPrefix = "federation";

    /// <summary>The last published minor version of federation 2 (v2.0 … v2.12).</summary>
    public const int LatestMinor = 12;

    /// <summary>A federation directive: its name, the first minor version of v2 that has it, and its definition.</summary>
    public sealed record DirectiveSpec(string Name, int Since, Func<int, string> Definition);

    /// <summary>A federation type (scalar) and the first minor version that has it.</summary>
    public sealed record TypeSpec(string Name, int Since);

    private const string AccessLocations = "FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM";
    private const string TagLocations = "FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION";

    public static readonly IReadOnlyList<DirectiveSpec> Directives =
    [
        new("key", 0, _ => "directive @{name}(fields: {FieldSet}!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE"),
        new("requires", 0, _ => "directive @{name}(fields: {FieldSet}!) on FIELD_DEFINITION"),
        new("provides", 0, _ => "directive @{name}(fields: {FieldSet}!) on FIELD_DEFINITION"),
        new("external", 0, _ => "directive @{name} on OBJECT | FIELD_DEFINITION"),
        new("tag", 0, _ => "directive @{name}(name: String!) repeatable on " + TagLocations + " | SCHEMA"),
        new("extends", 0, _ => "directive @{name} on OBJECT | INTERFACE"),
        // @shareable became repeatable in v2.2.
        new("shareable", 0, v => v >= 2 ? "directive @{name} repeatable on OBJECT | FIELD_DEFINITION" : "directive @{name} on OBJECT | FIELD_DEFINITION"),
        new("inaccessible", 0, _ => "directive @{name} on " + TagLocations),
        // Progressive @override (label) arrived in v2.7.
        new("override", 0, v => v >= 7 ? "directive @{name}(from: String!, label: String) on FIELD_DEFINITION" : "directive @{name}(from: String!) on FIELD_DEFINITION"),
        new("composeDirective", 1, _ => "directive @{name}(name: String!) repeatable on SCHEMA"),
        new("interfaceObject", 3, _ => "directive @{name} on OBJECT"),
        new("authenticated", 5, _ => "directive @{name} on " + AccessLocations),
        new("requiresScopes", 5, _ => "directive @{name}(scopes: [[{Scope}!]!]!) on " + AccessLocations),
        new("policy", 6, _ => "directive @{name}(policies: [[{Policy}!]!]!) on " + AccessLocations),
        new("context", 8, _ => "directive @{name}(name: String!) repeatable on INTERFACE | OBJECT | UNION"),
        new("fromContext", 8, _ => "directive @{name}(field: {ContextFieldValue}) on ARGUMENT_DEFINITION"),
        new("cost", 9, _ => "directive @{name}(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR"),
        new("listSize", 9, _ => "directive @{name}(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION"),
        new("cacheTag", 12, _ => "directive @{name}(format: String!) repeatable on FIELD_DEFINITION | OBJECT"),
    ];

    /// <summary>The first minor version of federation 2 that has the directive (spec name without '@').</summary>
    public static int Since(string name)
    {
        foreach (var d in Directives) if (d.Name == name) return d.Since;
        throw new ArgumentException($"@{name} is not a federation directive.", nameof(name));
    }

    public static readonly IReadOnlyList<TypeSpec> Types =
    [
        new("FieldSet", 0),
        new("Scope", 5),
        new("Policy", 6),
        new("ContextFieldValue", 8),
    ];

    /// <summary>Federation 1 (a subgraph without a federation <c>@link</c>): unprefixed directives and <c>_FieldSet</c>.</summary>
    public const string Federation1Definitions = """
        scalar _FieldSet
        directive @key(fields: _FieldSet!) repeatable on OBJECT | INTERFACE
        directive @requires(fields: _FieldSet!) on FIELD_DEFINITION
        directive @provides(fields: _FieldSet!) on FIELD_DEFINITION
        directive @external on OBJECT | FIELD_DEFINITION
        directive @extends on OBJECT | INTERFACE
        directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION
        """;

    /// <summary>The link spec's own definitions (bootstrapped: <c>@link</c> is always available under its own name).</summary>
    public const string LinkDefinitions = """
        directive @link(url: String!, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA
        scalar link__Import
        enum link__Purpose {
          "`SECURITY` features provide metadata necessary to securely resolve fields."
          SECURITY
          "`EXECUTION` features provide metadata necessary for operation execution."
          EXECUTION
        }
        """;

    public const string ServiceDefinitions = """
        scalar _Any
        type _Service {
          sdl: String!
        }
        """;
}
