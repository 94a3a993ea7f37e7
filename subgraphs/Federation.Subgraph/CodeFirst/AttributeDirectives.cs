using System.Globalization;
using Federation.GraphQL;
using Federation.GraphQL.Types;
using Federation.GraphQL.Language;
using Federation.Spec;

namespace Federation.Subgraph;

/// <summary>
/// Turns the federation attributes of one schema element into applied directives under the subgraph's federation
/// <c>@link</c> names. Repeated <c>[RequiresScopes]</c> / <c>[Policy]</c> attributes merge into one directive (OR of groups).
/// </summary>
internal static class AttributeDirectives
{
    /// <summary>The federation directive (spec name) an attribute stands for; null for other attributes and <see cref="DirectiveAttribute"/>.</summary>
    public static string? SpecName(object attribute) => attribute switch
    {
        KeyAttribute => "key",
        ExternalAttribute => "external",
        RequiresAttribute => "requires",
        ProvidesAttribute => "provides",
        ShareableAttribute => "shareable",
        InaccessibleAttribute => "inaccessible",
        TagAttribute => "tag",
        OverrideAttribute => "override",
        AuthenticatedAttribute => "authenticated",
        RequiresScopesAttribute => "requiresScopes",
        PolicyAttribute => "policy",
        CostAttribute => "cost",
        ListSizeAttribute => "listSize",
        ContextAttribute => "context",
        FromContextAttribute => "fromContext",
        InterfaceObjectAttribute => "interfaceObject",
        ExtendsAttribute => "extends",
        ComposeDirectiveAttribute => "composeDirective",
        _ => null,
    };

    /// <summary>The directives for the attributes of an element, in attribute order (merged scopes/policies where the first stood).</summary>
    /// <exception cref="SchemaException">An attribute needs a later federation version or has an invalid value.</exception>
    public static List<DirectiveNode> Build(IReadOnlyList<object> attributes, FederationLink link, string element)
    {
        var directives = new List<DirectiveNode>();
        var scopesAdded = false;
        var policiesAdded = false;
        foreach (var attribute in attributes)
        {
            if (attribute is DirectiveAttribute custom)
            {
                directives.Add(ParseCustom(custom.Sdl, element));
                continue;
            }
            if (SpecName(attribute) is not { } specName || attribute is ComposeDirectiveAttribute) continue;
            CheckVersion(attribute, specName, link, element);
            List<ArgumentNode> arguments;
            switch (attribute)
            {
                case RequiresScopesAttribute:
                    if (scopesAdded) continue;
                    scopesAdded = true;
                    arguments = [new(new NameNode("scopes"), Groups(attributes.OfType<RequiresScopesAttribute>().Select(a => a.Scopes), "[RequiresScopes]", element))];
                    break;
                case PolicyAttribute:
                    if (policiesAdded) continue;
                    policiesAdded = true;
                    arguments = [new(new NameNode("policies"), Groups(attributes.OfType<PolicyAttribute>().Select(a => a.Policies), "[Policy]", element))];
                    break;
                default:
                    arguments = Arguments(attribute, element);
                    break;
            }
            directives.Add(new DirectiveNode(new NameNode(link.DirectiveName(specName)), arguments));
        }
        return directives;
    }

    private static void CheckVersion(object attribute, string specName, FederationLink link, string element)
    {
        var since = FederationSpec.Since(specName);
        var name = attribute.GetType().Name[..^"Attribute".Length];
        if (!link.HasDirective(specName))
            throw Error($"[{name}] on {element} needs federation v2.{since} or later (@{specName}); the subgraph links v2.{link.Minor}.");
        if (attribute is OverrideAttribute { Label: not null } && link.Minor < 7)
            throw Error($"[Override(Label = ...)] (progressive @override) on {element} needs federation v2.7 or later; the subgraph links v2.{link.Minor}.");
    }

    private static List<ArgumentNode> Arguments(object attribute, string element) => attribute switch
    {
        KeyAttribute k when !k.Resolvable => [Arg("fields", k.Fields), new ArgumentNode(new NameNode("resolvable"), new BooleanValueNode(false))],
        KeyAttribute k => [Arg("fields", k.Fields)],
        RequiresAttribute r => [Arg("fields", r.Fields)],
        ProvidesAttribute p => [Arg("fields", p.Fields)],
        TagAttribute t => [Arg("name", t.Name)],
        OverrideAttribute { Label: { } label } o => [Arg("from", o.From), Arg("label", label)],
        OverrideAttribute o => [Arg("from", o.From)],
        CostAttribute c => [Int("weight", c.Weight, element)],
        ListSizeAttribute l => ListSize(l, element),
        ContextAttribute c => [Arg("name", ContextName(c.Name, element))],
        FromContextAttribute f => [Arg("field", FromContextField(f.Field, element))],
        _ => [],
    };

    private static List<ArgumentNode> ListSize(ListSizeAttribute l, string element)
    {
        var arguments = new List<ArgumentNode>();
        if (l.AssumedSizeOrNull is { } size) arguments.Add(Int("assumedSize", size, element));
        if (l.SlicingArguments is { } slicing) arguments.Add(new(new NameNode("slicingArguments"), Strings(slicing)));
        if (l.SizedFields is { } sized) arguments.Add(new(new NameNode("sizedFields"), Strings(sized)));
        if (l.RequireOneSlicingArgumentOrNull is { } one) arguments.Add(new(new NameNode("requireOneSlicingArgument"), new BooleanValueNode(one)));
        if (arguments.Count == 0) throw Error($"[ListSize] on {element} sets none of AssumedSize, SlicingArguments, SizedFields, RequireOneSlicingArgument.");
        return arguments;
    }

    private static ArgumentNode Int(string name, int value, string element)
    {
        if (value < 0) throw Error($"{name} on {element} must not be negative (got {value}).");
        return new(new NameNode(name), new IntValueNode(value.ToString(CultureInfo.InvariantCulture)));
    }

    private static string ContextName(string name, string element)
    {
        if (name.Length == 0 || name.Contains('_', StringComparison.Ordinal))
            throw Error($"[Context(\"{name}\")] on {element}: a context name is not empty and has no underscore.");
        return name;
    }

    private static string FromContextField(string field, string element)
    {
        if (!field.StartsWith('$')) throw Error($"[FromContext(\"{field}\")] on {element}: the field starts with \"$contextName\", e.g. \"$userContext {{ id }}\".");
        return field;
    }

    private static ListValueNode Groups(IEnumerable<IReadOnlyList<string>> groups, string attribute, string element)
    {
        var items = new List<IValueNode>();
        foreach (var group in groups)
        {
            if (group.Count == 0) throw Error($"{attribute} on {element} needs at least one name.");
            items.Add(Strings(group));
        }
        return new ListValueNode(items);
    }

    private static ListValueNode Strings(IEnumerable<string> values) => new([.. values.Select(v => (IValueNode)new StringValueNode(v))]);

    private static DirectiveNode ParseCustom(string sdl, string element)
    {
        try
        {
            if (Parser.Parse("scalar _Custom " + sdl).Definitions is [ScalarTypeDefinitionNode { Directives: [var directive] }]) return directive;
        }
        catch (GraphQLSyntaxException e)
        {
            throw Error($"[Directive(\"{sdl}\")] on {element} is not a valid applied directive: {e.Message}");
        }
        throw Error($"[Directive(\"{sdl}\")] on {element} must hold exactly one applied directive such as \"@name(arg: 1)\".");
    }

    private static ArgumentNode Arg(string name, string value) => new(new NameNode(name), new StringValueNode(value));

    internal static SchemaException Error(string message) => new([new GraphQLError(message)]);
}
