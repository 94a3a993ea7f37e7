using System.Text.RegularExpressions;
using Federation.GraphQL.CodeFirst;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;
using Federation.Spec;

namespace Federation.Subgraph;

/// <summary>
/// <c>[ComposeDirective(url, definition)]</c> on the query type (federation directives reference, "@composeDirective";
/// v2.1+): the custom directive's definition joins the schema, and the subgraph's <c>extend schema</c> gets
/// <c>@link(url:, import: ["@name"])</c> and <c>@composeDirective(name: "@name")</c>.
/// </summary>
internal static partial class ComposedDirectives
{
    public static List<DirectiveDefinition> Add(CodeFirstSchemaBuilder builder, IReadOnlyList<ComposeDirectiveAttribute> composed,
        FederationLink link, List<string> schemaDirectives)
    {
        var added = new List<DirectiveDefinition>();
        if (composed.Count > 0 && !link.HasDirective("composeDirective"))
            throw AttributeDirectives.Error($"[ComposeDirective] needs federation v2.1 or later (@composeDirective); the subgraph links v2.{link.Minor}.");
        foreach (var attribute in composed)
        {
            var definition = Parse(attribute);
            if (!SpecUrl().IsMatch(attribute.Url))
                throw AttributeDirectives.Error($"[ComposeDirective] for @{definition.Name}: \"{attribute.Url}\" is not a spec URL of the form \"https://host/name/v1.0\".");
            if (BuiltInTypes.IsSpecifiedDirective(definition.Name) || FederationSpec.ReservedNames(link).Contains("@" + definition.Name)
                || added.Exists(d => d.Name == definition.Name))
                throw AttributeDirectives.Error($"[ComposeDirective] defines @{definition.Name}, a name already taken by a built-in, federation or other composed directive.");
            builder.AddDirective(definition);
            added.Add(definition);
            var name = Printer.PrintString("@" + definition.Name);
            schemaDirectives.Add($"@link(url: {Printer.PrintString(attribute.Url)}, import: [{name}])");
            schemaDirectives.Add($"@{link.DirectiveName("composeDirective")}(name: {name})");
        }
        return added;
    }

    private static DirectiveDefinition Parse(ComposeDirectiveAttribute attribute)
    {
        Schema schema;
        try
        {
            schema = SchemaBuilder.FromSdl(attribute.Definition + "\ntype Query { _: Int }");
        }
        catch (Exception e) when (e is GraphQLSyntaxException or SchemaException)
        {
            throw AttributeDirectives.Error($"[ComposeDirective] definition \"{attribute.Definition}\" is not a valid directive definition: {e.Message}");
        }
        var custom = schema.Directives.Where(d => !BuiltInTypes.IsSpecifiedDirective(d.Name)).ToList();
        if (custom.Count != 1)
            throw AttributeDirectives.Error($"[ComposeDirective] definition \"{attribute.Definition}\" must define exactly one directive.");
        if (custom[0].Locations.Any(l => l < DirectiveLocation.Schema))
            throw AttributeDirectives.Error($"[ComposeDirective] @{custom[0].Name} has executable locations; only type system directives are composed.");
        return custom[0];
    }

    [GeneratedRegex(@"^https?://[^\s]+/[A-Za-z_][A-Za-z0-9_-]*/v\d+\.\d+/?$")]
    private static partial Regex SpecUrl();
}
