using System.Reflection;
using Federation.GraphQL.CodeFirst;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.Subgraph;

/// <summary>
/// Code-first Apollo Federation 2 subgraphs: federation attributes on C# types become applied directives, types with
/// a resolvable <c>[Key]</c> become entities resolved by their static <c>[ReferenceResolver]</c> method.
/// <code>
/// var schema = new CodeFirstSchemaBuilder().AddQueryType&lt;Query&gt;().AddFederation().Build();
///
/// [Key("upc")]
/// public sealed record Product(string Upc, string Name)
/// {
///     [ReferenceResolver] public static Product? Resolve(string upc) => Catalog.Find(upc);
/// }
/// </code>
/// </summary>
public static class CodeFirstFederationExtensions
{
    /// <summary>The federation 2 version a code-first subgraph links unless told otherwise.</summary>
    public const int DefaultMinorVersion = 6;

    public static CodeFirstSchemaBuilder AddFederation(this CodeFirstSchemaBuilder builder, int minorVersion = DefaultMinorVersion,
        Action<FederationState>? configure = null)
    {
        var state = new FederationState();
        configure?.Invoke(state);
        var entities = new EntitiesResolver(state);
        return builder.OnTypesCompleted(types => Complete(builder, types, minorVersion, state, entities));
    }

    private static void Complete(CodeFirstSchemaBuilder builder, IReadOnlyList<NamedType> types, int minor, FederationState state, EntitiesResolver entities)
    {
        var objects = types.OfType<ObjectType>().Where(t => t.RuntimeType is not null).ToList();
        var used = new SortedSet<string>(StringComparer.Ordinal) { "key" };
        foreach (var type in objects) CollectUsed(type.RuntimeType!, used);
        var link = FederationLink.ForVersion(minor, used.Where(d => HasDirective(minor, d)));
        state.Link = link;

        var entityTypes = new List<ObjectType>();
        var entityInfo = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var type in objects)
        {
            var clr = type.RuntimeType!;
            ApplyTypeDirectives(type, clr, link);
            ApplyFieldDirectives(type, clr, link);
            var keys = clr.GetCustomAttributes<KeyAttribute>().ToList();
            if (!keys.Exists(k => k.Resolvable)) continue;
            var entity = new EntityType(type.Name);
            foreach (var key in keys) entity.Keys.Add(EntityKey.Parse(type.Name, key.Fields, key.Resolvable));
            entityInfo[type.Name] = entity;
            entityTypes.Add(type);
            if (ReferenceResolverCompiler.Find(clr) is { } method) state.ReferenceResolvers[type.Name] = ReferenceResolverCompiler.Compile(method);
        }
        state.Entities = entityInfo;

        // The federation definitions of the linked version, built from the same SDL the schema-first path adds.
        var definitions = SchemaBuilder.FromSdl(FederationDocument.FederationDefinitions(link) + "\ntype Query { _: Int }");
        foreach (var directive in definitions.Directives)
        {
            if (!BuiltInTypes.IsSpecifiedDirective(directive.Name)) builder.AddDirective(directive);
        }
        foreach (var type in definitions.Types)
        {
            if (type is ScalarType or EnumType && (type.Name.StartsWith("link__", StringComparison.Ordinal) || type.Name.StartsWith(link.Prefix + "__", StringComparison.Ordinal)))
                builder.AddType(type);
        }

        var any = new SdlScalarType("_Any");
        var service = new ObjectType("_Service");
        service.Fields.Add(new Field("sdl", new NonNullType(BuiltInTypes.String)));
        builder.AddType(any).AddType(service);
        var query = types.OfType<ObjectType>().FirstOrDefault(t => t.Name == state.QueryTypeName)
            ?? throw new InvalidOperationException($"A federated code-first schema needs a query type named \"{state.QueryTypeName}\".");
        if (entityTypes.Count > 0)
        {
            var union = new UnionType("_Entity") { ResolveType = entities.ResolveType };
            union.Types.AddRange(entityTypes);
            builder.AddType(union);
            var field = new Field("_entities", new NonNullType(new ListType(union))) { Resolver = entities.ResolveAsync };
            field.Arguments.Add(new InputValue("representations", new NonNullType(new ListType(new NonNullType(any)))));
            query.Fields.Add(field);
        }
        query.Fields.Add(new Field("_service", new NonNullType(service))
        {
            Resolver = context => new ValueTask<object?>(new Dictionary<string, object?> { ["sdl"] = SdlOf(state, context.Schema) }),
        });
    }

    private static string SdlOf(FederationState state, Schema schema)
    {
        if (state.Sdl.Length == 0) state.Sdl = SubgraphSdlPrinter.Print(schema, state.Link);
        return state.Sdl;
    }

    private static bool HasDirective(int minor, string name) => FederationSpec.Directives.Any(d => d.Name == name && d.Since <= minor);

    private static void CollectUsed(Type clr, SortedSet<string> used)
    {
        IEnumerable<MemberInfo> members = [clr, .. clr.GetProperties(BindingFlags.Public | BindingFlags.Instance), .. clr.GetMethods(BindingFlags.Public | BindingFlags.Instance)];
        foreach (var member in members)
        {
            foreach (var attribute in member.GetCustomAttributes(inherit: true))
            {
                if (DirectiveNameOf(attribute) is { } name) used.Add(name);
            }
        }
    }

    private static string? DirectiveNameOf(object attribute) => attribute switch
    {
        KeyAttribute => "key",
        ExternalAttribute => "external",
        RequiresAttribute => "requires",
        ProvidesAttribute => "provides",
        ShareableAttribute => "shareable",
        InaccessibleAttribute => "inaccessible",
        TagAttribute => "tag",
        OverrideAttribute => "override",
        _ => null,
    };

    private static void ApplyTypeDirectives(ObjectType type, Type clr, FederationLink link)
    {
        foreach (var attribute in clr.GetCustomAttributes(inherit: true))
        {
            if (ToDirective(attribute, link) is { } directive) type.Directives.Add(directive);
        }
    }

    private static void ApplyFieldDirectives(ObjectType type, Type clr, FederationLink link)
    {
        IEnumerable<MemberInfo> members = [.. clr.GetProperties(BindingFlags.Public | BindingFlags.Instance), .. clr.GetMethods(BindingFlags.Public | BindingFlags.Instance)];
        foreach (var member in members)
        {
            if (member is MethodInfo { IsSpecialName: true }) continue;
            if (type.GetField(NamingConventions.FieldName(member)) is not { } field) continue;
            foreach (var attribute in member.GetCustomAttributes(inherit: true))
            {
                if (ToDirective(attribute, link) is { } directive) field.Directives.Add(directive);
            }
        }
    }

    private static DirectiveNode? ToDirective(object attribute, FederationLink link)
    {
        if (DirectiveNameOf(attribute) is not { } specName) return null;
        if (!link.HasDirective(specName))
            throw new InvalidOperationException($"@{specName} is not part of federation v2.{link.Minor}.");
        if (attribute is OverrideAttribute { Label: not null } && link.Minor < 7)
            throw new InvalidOperationException($"[Override(Label = ...)] (progressive @override) needs federation v2.7 or later; the subgraph links v2.{link.Minor}.");
        List<ArgumentNode> arguments = attribute switch
        {
            KeyAttribute k when !k.Resolvable => [Arg("fields", k.Fields), new ArgumentNode(new NameNode("resolvable"), new BooleanValueNode(false))],
            KeyAttribute k => [Arg("fields", k.Fields)],
            RequiresAttribute r => [Arg("fields", r.Fields)],
            ProvidesAttribute p => [Arg("fields", p.Fields)],
            TagAttribute t => [Arg("name", t.Name)],
            OverrideAttribute { Label: { } label } o => [Arg("from", o.From), Arg("label", label)],
            OverrideAttribute o => [Arg("from", o.From)],
            _ => [],
        };
        return new DirectiveNode(new NameNode(link.DirectiveName(specName)), arguments);
    }

    private static ArgumentNode Arg(string name, string value) => new(new NameNode(name), new StringValueNode(value));
}
