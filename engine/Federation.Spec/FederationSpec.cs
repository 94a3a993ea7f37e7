using System.Text;

namespace Federation.Spec;

/// <summary>
/// The federation spec's definitions and the version that introduced each (Apollo federation directives reference).
/// Type placeholders in the templates (<c>{FieldSet}</c>, <c>{Scope}</c>, <c>{Policy}</c>, <c>{ContextFieldValue}</c>)
/// and the directive's own name (<c>{name}</c>) are replaced by their local names under a <c>@link</c>.
/// </summary>
public static class FederationSpec
{
    public const string UrlPrefix = "https://specs.apollo.dev/federation/v";
    public const string DefaultPrefix = "federation";

    /// <summary>The last published minor version of federation 2 (v2.0 … v2.12).</summary>
    public const int LatestMinor = 12;

    private const string AccessLocations = "FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM";
    private const string TagLocations = "FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION";

    public static readonly IReadOnlyList<SpecDirective> Directives =
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
    public static int Since(string name) => Directive(name)?.Since ?? throw new ArgumentException($"@{name} is not a federation directive.", nameof(name));

    /// <summary>The federation directive of that spec name (without '@'), or null.</summary>
    public static SpecDirective? Directive(string name)
    {
        foreach (var d in Directives) if (d.Name == name) return d;
        return null;
    }

    /// <summary>Parses a federation spec url (<c>https://specs.apollo.dev/federation/v2.3</c>) into its minor version of v2; null when it is not a known version.</summary>
    public static int? MinorOf(string url)
    {
        if (!url.StartsWith(UrlPrefix + "2.", StringComparison.Ordinal)) return null;
        var rest = url.AsSpan((UrlPrefix + "2.").Length).TrimEnd('/');
        return int.TryParse(rest, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minor) && minor <= LatestMinor ? minor : null;
    }

    /// <summary>The directive and scalar definitions of the linked federation version under their local names (link spec included).</summary>
    public static string Definitions(FederationLink link)
    {
        if (link.Minor is not { } minor) return Federation1Definitions;
        var sdl = new StringBuilder(LinkDefinitions).AppendLine();
        foreach (var type in Types)
        {
            if (type.Since <= minor) sdl.Append("scalar ").AppendLine(link.TypeName(type.Name));
        }
        foreach (var directive in Directives)
        {
            if (directive.Since <= minor) sdl.AppendLine(directive.DefinitionFor(link));
        }
        return sdl.ToString();
    }

    /// <summary>Names of the definitions the federation spec owns under this link (directives as "@name"), plus <c>_Any</c>, <c>_Service</c> and <c>_Entity</c>.</summary>
    public static HashSet<string> ReservedNames(FederationLink link)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { "_Any", "_Service", "_Entity" };
        if (link.Minor is { } minor)
        {
            names.UnionWith(["@link", "link__Import", "link__Purpose"]);
            foreach (var t in Types) if (t.Since <= minor) names.Add(link.TypeName(t.Name));
            foreach (var d in Directives) if (d.Since <= minor) names.Add("@" + link.DirectiveName(d.Name));
        }
        else
        {
            names.UnionWith(["_FieldSet", "@key", "@requires", "@provides", "@external", "@extends", "@tag"]);
        }
        return names;
    }

    public static readonly IReadOnlyList<SpecType> Types =
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
