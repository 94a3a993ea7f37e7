using System.Globalization;
using Federation.GraphQL;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.Spec;

/// <summary>
/// How a subgraph links the federation spec: the version from <c>@link(url:)</c>, the namespace prefix
/// (<c>as:</c>, default <c>federation</c>) and the imported elements with their local names
/// (<c>import: ["@key", { name: "@shareable", as: "@share" }, "FieldSet"]</c>). Without a federation <c>@link</c>
/// the subgraph is a Federation 1 subgraph (<see cref="Minor"/> is null).
/// </summary>
public sealed class FederationLink
{
    private readonly Dictionary<string, string> _imports;

    private FederationLink(int? minor, string prefix, Dictionary<string, string> imports, string? url)
    {
        Minor = minor;
        Prefix = prefix;
        _imports = imports;
        Url = url;
    }

    /// <summary>The minor version of federation 2 (0 for v2.0 … 12 for v2.12); null for Federation 1.</summary>
    public int? Minor { get; }

    public string Prefix { get; }

    public string? Url { get; }

    public bool IsFederation2 => Minor is not null;

    /// <summary>The imported elements ("@key", "FieldSet") and their local names ("@key", "@myKey").</summary>
    public IReadOnlyDictionary<string, string> Imports => _imports;

    /// <summary>The <c>@link</c> directive this link was read from; null for Federation 1 and for <see cref="ForVersion"/>.</summary>
    public DirectiveNode? Directive { get; private set; }

    /// <summary>
    /// The federation directive (spec name without '@') a directive name used in the subgraph stands for, or null when it
    /// is none of this version's (import and rename resolution: "@myKey" imported as "@key", "federation__key", "key").
    /// </summary>
    public string? SpecDirectiveName(string localName)
    {
        if (Minor is null) return HasDirective(localName) ? localName : null;
        foreach (var (element, local) in _imports)
        {
            if (local.Length == localName.Length + 1 && local[0] == '@' && local.AsSpan(1).SequenceEqual(localName))
                return HasDirective(element[1..]) ? element[1..] : null;
        }
        var prefix = Prefix + "__";
        if (localName.StartsWith(prefix, StringComparison.Ordinal) && HasDirective(localName[prefix.Length..])) return localName[prefix.Length..];
        return null;
    }

    /// <summary>A federation 2 link to <c>v2.<paramref name="minor"/></c> importing the given directives (names without '@').</summary>
    public static FederationLink ForVersion(int minor, IEnumerable<string> importedDirectives)
    {
        if (minor < 0 || minor > FederationSpec.LatestMinor) throw new ArgumentOutOfRangeException(nameof(minor), $"Federation v2.{minor} is not a known version (v2.0 … v2.{FederationSpec.LatestMinor}).");
        var imports = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in importedDirectives) imports["@" + name] = "@" + name;
        return new FederationLink(minor, FederationSpec.DefaultPrefix, imports, FederationSpec.UrlPrefix + "2." + minor.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Whether this version defines the directive (spec name without '@').</summary>
    public bool HasDirective(string specName)
    {
        if (Minor is not { } minor) return specName is "key" or "requires" or "provides" or "external" or "extends" or "tag";
        foreach (var d in FederationSpec.Directives) if (d.Name == specName) return d.Since <= minor;
        return false;
    }

    /// <summary>The name the subgraph uses for a federation directive (spec name without '@'): imported, renamed or namespaced.</summary>
    public string DirectiveName(string specName)
    {
        if (Minor is null) return specName;
        return _imports.TryGetValue("@" + specName, out var local) ? local[1..] : Prefix + "__" + specName;
    }

    /// <summary>The name the subgraph uses for a federation type such as <c>FieldSet</c>.</summary>
    public string TypeName(string specName)
    {
        if (Minor is null) return "_" + specName;
        return _imports.TryGetValue(specName, out var local) ? local : Prefix + "__" + specName;
    }

    /// <summary>The directives applied to <c>schema</c> as written: the <c>extend schema @link(...)</c> a code-first subgraph prints.</summary>
    public string PrintLinkDirective()
    {
        var imports = string.Join(", ", _imports.Select(i => i.Key == i.Value ? Printer.PrintString(i.Key) : $"{{ name: {Printer.PrintString(i.Key)}, as: {Printer.PrintString(i.Value)} }}"));
        return $"@link(url: {Printer.PrintString(Url!)}, import: [{imports}])";
    }

    /// <summary>Reads the federation <c>@link</c> on the document's schema definition or extensions.</summary>
    /// <exception cref="SchemaException">The link names an unknown version, imports an unknown element or is repeated.</exception>
    public static FederationLink Read(DocumentNode document)
    {
        FederationLink? found = null;
        foreach (var definition in document.Definitions)
        {
            IReadOnlyList<DirectiveNode>? directives = definition switch
            {
                SchemaDefinitionNode s => s.Directives,
                SchemaExtensionNode e => e.Directives,
                _ => null,
            };
            if (directives is null) continue;
            foreach (var directive in directives)
            {
                if (directive.Name.Value != "link" || Argument(directive, "url") is not StringValueNode url) continue;
                if (!url.Value.StartsWith("https://specs.apollo.dev/federation/", StringComparison.Ordinal)) continue;
                if (found is not null) throw Error("The federation spec is linked more than once with @link.", directive);
                found = FromDirective(directive, url.Value);
                found.Directive = directive;
            }
        }
        return found ?? new FederationLink(null, "", new Dictionary<string, string>(StringComparer.Ordinal), null);
    }

    private static FederationLink FromDirective(DirectiveNode directive, string url)
    {
        var minor = ParseVersion(url, directive);
        var prefix = Argument(directive, "as") is StringValueNode alias ? alias.Value : FederationSpec.DefaultPrefix;
        var imports = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Argument(directive, "import") is { } importValue)
        {
            var items = importValue is ListValueNode list ? list.Items : [importValue];
            foreach (var item in items)
            {
                var (name, local) = ReadImport(item, directive);
                if (!IsKnownElement(name, minor))
                    throw Error($"Cannot import unknown element \"{name}\" from federation v2.{minor}.", directive);
                if (name.StartsWith('@') != local.StartsWith('@'))
                    throw Error($"Invalid @link import renaming \"{name}\" to \"{local}\": a directive must be renamed to a directive (\"@name\") and a type to a type.", directive);
                imports[name] = local;
            }
        }
        return new FederationLink(minor, prefix, imports, url);
    }

    private static (string Name, string Local) ReadImport(IValueNode item, DirectiveNode directive)
    {
        if (item is StringValueNode s) return (s.Value, s.Value);
        if (item is ObjectValueNode o)
        {
            string? name = null, local = null;
            foreach (var field in o.Fields)
            {
                if (field.Name.Value == "name" && field.Value is StringValueNode n) name = n.Value;
                else if (field.Name.Value == "as" && field.Value is StringValueNode a) local = a.Value;
            }
            if (name is not null) return (name, local ?? name);
        }
        throw Error($"Invalid @link import {Printer.Print((SyntaxNode)item)}: expected a string or an object {{ name: \"@directive\", as: \"@alias\" }}.", directive);
    }

    private static bool IsKnownElement(string name, int minor)
    {
        if (name.StartsWith('@'))
        {
            foreach (var d in FederationSpec.Directives) if ("@" + d.Name == name) return d.Since <= minor;
            return false;
        }
        foreach (var t in FederationSpec.Types) if (t.Name == name) return t.Since <= minor;
        return false;
    }

    private static int ParseVersion(string url, DirectiveNode directive)
    {
        var version = url["https://specs.apollo.dev/federation/".Length..].TrimEnd('/');
        if (version.Length > 1 && version[0] == 'v')
        {
            var dot = version.IndexOf('.');
            if (dot > 1
                && int.TryParse(version.AsSpan(1, dot - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var major)
                && int.TryParse(version.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
            {
                if (major == 2 && minor <= FederationSpec.LatestMinor) return minor;
                throw Error($"Unknown version \"{version}\" of the federation spec in @link(url: \"{url}\"): the known versions are v2.0 to v2.{FederationSpec.LatestMinor}.", directive);
            }
        }
        throw Error($"Invalid federation @link url \"{url}\": expected \"{FederationSpec.UrlPrefix}2.<minor>\".", directive);
    }

    private static IValueNode? Argument(DirectiveNode directive, string name)
    {
        foreach (var argument in directive.Arguments) if (argument.Name.Value == name) return argument.Value;
        return null;
    }

    private static SchemaException Error(string message, SyntaxNode node) => new([GraphQLError.At(message, node)]);
}
