using Federation.GraphQL.Language;
using Federation.GraphQL.Types;
using Federation.Spec;

namespace Federation.Subgraph;

/// <summary>
/// Applies the directives of one element's attributes, checked against the directive definitions of the subgraph
/// (federation definitions of the linked version and composed custom directives): known name, allowed location,
/// not repeated unless repeatable.
/// </summary>
internal static class DirectiveApplier
{
    public static void Apply(SchemaElement element, FederationLink link, IReadOnlyDictionary<string, DirectiveDefinition> definitions)
    {
        foreach (var directive in AttributeDirectives.Build(element.Attributes, link, element.Description))
        {
            var name = directive.Name.Value;
            if (!definitions.TryGetValue(name, out var definition))
                throw AttributeDirectives.Error($"@{name} on {element.Description} is not a directive of this subgraph: declare a custom directive with [ComposeDirective(url, definition)] on the query type.");
            if (!definition.Locations.Contains(element.Location))
                throw AttributeDirectives.Error($"@{name} cannot be applied to {element.Description}: its locations are {string.Join(" | ", definition.Locations.Select(l => l.ToSpecName()))}.");
            if (!definition.IsRepeatable && element.Directives.Any(d => d.Name.Value == name))
                throw AttributeDirectives.Error($"@{name} is not repeatable, but {element.Description} applies it more than once.");
            if (name == link.DirectiveName("fromContext") && element.ValueType is NonNullType)
                throw AttributeDirectives.Error($"[FromContext] on {element.Description}: the argument must be nullable (the router fills it).");
            CheckRequiredArguments(directive, definition, element);
            element.Directives.Add(directive);
        }
    }

    private static void CheckRequiredArguments(DirectiveNode directive, DirectiveDefinition definition, SchemaElement element)
    {
        foreach (var argument in definition.Arguments)
        {
            if (argument.Type is NonNullType && argument.DefaultValue is null && !directive.Arguments.Any(a => a.Name.Value == argument.Name))
                throw AttributeDirectives.Error($"@{definition.Name} on {element.Description} needs the argument \"{argument.Name}\".");
        }
        foreach (var argument in directive.Arguments)
        {
            if (definition.Arguments[argument.Name.Value] is null)
                throw AttributeDirectives.Error($"@{definition.Name} on {element.Description} has no argument \"{argument.Name.Value}\".");
        }
    }
}
