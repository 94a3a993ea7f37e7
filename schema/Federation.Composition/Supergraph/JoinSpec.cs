namespace Federation.Composition.Supergraph;

/// <summary>
/// The join spec definitions a supergraph carries (supergraph format, join v0.3 / v0.4 / v0.5): v0.4 comes with
/// progressive @override labels (federation v2.7), v0.5 with @context (v2.8); the version follows the newest
/// federation version linked by a subgraph.
/// </summary>
internal static class JoinSpec
{
    public static string Version(int maxFederationMinor) => maxFederationMinor >= 8 ? "0.5" : maxFederationMinor == 7 ? "0.4" : "0.3";

    public static IEnumerable<string> Directives(string version)
    {
        if (version != "0.3") yield return "directive @join__directive(graphs: [join__Graph!], name: String!, args: join__DirectiveArguments) repeatable on SCHEMA | OBJECT | INTERFACE | FIELD_DEFINITION";
        yield return "directive @join__enumValue(graph: join__Graph!) repeatable on ENUM_VALUE";
        var field = "directive @join__field(graph: join__Graph, requires: join__FieldSet, provides: join__FieldSet, type: String, external: Boolean, override: String, usedOverridden: Boolean";
        field += version switch
        {
            "0.3" => "",
            "0.4" => ", overrideLabel: String",
            _ => ", overrideLabel: String, contextArguments: [join__ContextArgument!]",
        };
        yield return field + ") repeatable on FIELD_DEFINITION | INPUT_FIELD_DEFINITION";
        yield return "directive @join__graph(name: String!, url: String!) on ENUM_VALUE";
        yield return "directive @join__implements(graph: join__Graph!, interface: String!) repeatable on OBJECT | INTERFACE";
        yield return "directive @join__type(graph: join__Graph!, key: join__FieldSet, extension: Boolean! = false, resolvable: Boolean! = true, isInterfaceObject: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR";
        yield return "directive @join__unionMember(graph: join__Graph!, member: String!) repeatable on UNION";
        yield return "directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA";
    }

    /// <summary>The join and link types (name, SDL) to sort among the supergraph's own types.</summary>
    public static IEnumerable<(string Name, string Sdl)> Types(string version)
    {
        if (version == "0.5") yield return ("join__ContextArgument", "input join__ContextArgument {\n  name: String!\n  type: String!\n  context: String!\n  selection: join__FieldValue!\n}");
        if (version != "0.3") yield return ("join__DirectiveArguments", "scalar join__DirectiveArguments");
        yield return ("join__FieldSet", "scalar join__FieldSet");
        if (version == "0.5") yield return ("join__FieldValue", "scalar join__FieldValue");
        yield return ("link__Import", "scalar link__Import");
        yield return ("link__Purpose", "enum link__Purpose {\n  \"\"\"\n  `SECURITY` features provide metadata necessary to securely resolve fields.\n  \"\"\"\n  SECURITY\n\n  \"\"\"\n  `EXECUTION` features provide metadata necessary for operation execution.\n  \"\"\"\n  EXECUTION\n}");
    }

    public const string InaccessibleDefinition = "directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION";
    public const string TagDefinition = "directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | SCHEMA";
    public const string AuthenticatedDefinition = "directive @authenticated on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM";
}
