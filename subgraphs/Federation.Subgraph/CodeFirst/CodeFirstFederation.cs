using Federation.GraphQL;
using System.Reflection;
using Federation.GraphQL.CodeFirst;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;
using Federation.Spec;

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
    /// <summary>
    /// Makes the schema a federation subgraph linking <see cref="FederationOptions.Version"/> (default: the newest
    /// supported): <c>AddFederation(o => o.Version = FederationVersion.Federation25)</c>.
    /// </summary>
    public static CodeFirstSchemaBuilder AddFederation(this CodeFirstSchemaBuilder builder, Action<FederationOptions>? configure = null)
    {
        var state = new FederationState();
        configure?.Invoke(state.Options);
        var minor = (int)state.Options.Version;
        if (minor is < 0 or > FederationSpec.LatestMinor)
            throw new ArgumentOutOfRangeException(nameof(configure), $"Federation v2.{minor} is not supported (v2.0 to v2.{FederationSpec.LatestMinor}).");
        var entities = new EntitiesResolver(state);
        return builder.OnTypesCompleted(types => Complete(builder, types, minor, state, entities));
    }

    private static void Complete(CodeFirstSchemaBuilder builder, IReadOnlyList<NamedType> types, int minor, FederationState state, EntitiesResolver entities)
    {
        var query = types.OfType<ObjectType>().FirstOrDefault(t => t.Name == state.QueryTypeName)
            ?? throw new InvalidOperationException($"A federated code-first schema needs a query type named \"{state.QueryTypeName}\".");
        var interfaces = CodeFirstElements.InterfaceClrTypes(types);
        var elements = CodeFirstElements.Of(types, interfaces);
        var composed = query.RuntimeType?.GetCustomAttributes<ComposeDirectiveAttribute>(inherit: true).ToList() ?? [];
        var used = new SortedSet<string>(StringComparer.Ordinal) { "key" };
        foreach (var element in elements)
        {
            foreach (var attribute in element.Attributes)
            {
                if (AttributeDirectives.SpecName(attribute) is { } name) used.Add(name);
            }
        }
        var link = FederationLink.ForVersion(minor, used.Where(d => HasDirective(minor, d)));

        var definitions = AddFederationDefinitions(builder, link);
        foreach (var directive in ComposedDirectives.Add(builder, composed, link, state.SchemaDirectives)) definitions[directive.Name] = directive;
        var errors = new List<GraphQLError>();
        foreach (var element in elements)
        {
            if (element.Attributes.OfType<ComposeDirectiveAttribute>().Any() && element.Description != "type " + query.Name)
                errors.Add(new GraphQLError($"[ComposeDirective] on {element.Description}: it is schema level, put it on the query type ({query.Name})."));
            try
            {
                DirectiveApplier.Apply(element, link, definitions);
            }
            catch (SchemaException e)
            {
                errors.AddRange(e.Errors);
            }
        }
        if (errors.Count > 0) throw new SchemaException(errors);

        var entityTypes = new List<ObjectType>();
        var entityInfo = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        var interfaceInfo = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            var clr = type switch
            {
                ObjectType o => o.RuntimeType,
                InterfaceType i => interfaces.GetValueOrDefault(i),
                _ => null,
            };
            if (clr is null) continue;
            var keys = clr.GetCustomAttributes<KeyAttribute>().ToList();
            if (keys.Count == 0 && clr.IsDefined(typeof(InterfaceObjectAttribute)))
                throw AttributeDirectives.Error($"[InterfaceObject] on type {type.Name} needs the [Key]s of the entity interface it stands for.");
            if (!keys.Exists(k => k.Resolvable)) continue;
            if (type is InterfaceType && minor < 3)
                throw AttributeDirectives.Error($"[Key] on interface {type.Name} (an entity interface) needs federation v2.3 or later; the subgraph links v2.{minor}.");
            var entity = new EntityType(type.Name);
            foreach (var key in keys) entity.Keys.Add(EntityKey.Parse(type.Name, key.Fields, key.Resolvable));
            if (type is ObjectType objectType)
            {
                entityInfo[type.Name] = entity;
                entityTypes.Add(objectType);
            }
            else
            {
                interfaceInfo[type.Name] = entity;
            }
            if (ReferenceResolverCompiler.Find(clr) is { } method) state.Options.ReferenceResolvers[type.Name] = ReferenceResolverCompiler.Compile(method);
        }
        state.Model = new SubgraphModel(link, [], query.Name, entityInfo, interfaceInfo);

        var any = new SdlScalarType("_Any");
        var service = new ObjectType("_Service");
        service.Fields.Add(new Field("sdl", new NonNullType(BuiltInTypes.String)));
        builder.AddType(any).AddType(service);
        if (entityTypes.Count > 0)
        {
            var union = new UnionType("_Entity");
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
        if (state.Sdl.Length == 0) state.Sdl = SubgraphSdlPrinter.Print(schema, state.Link, state.SchemaDirectives);
        return state.Sdl;
    }

    private static bool HasDirective(int minor, string name) => FederationSpec.Directives.Any(d => d.Name == name && d.Since <= minor);

    /// <summary>Adds the federation definitions of the linked version (built from the SDL the schema-first path adds); answers them by name.</summary>
    private static Dictionary<string, DirectiveDefinition> AddFederationDefinitions(CodeFirstSchemaBuilder builder, FederationLink link)
    {
        var definitions = SchemaBuilder.FromSdl(FederationSpec.Definitions(link) + "\ntype Query { _: Int }");
        var byName = new Dictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        foreach (var directive in definitions.Directives)
        {
            if (BuiltInTypes.IsSpecifiedDirective(directive.Name)) continue;
            builder.AddDirective(directive);
            byName[directive.Name] = directive;
        }
        foreach (var type in definitions.Types)
        {
            if (type is ScalarType or EnumType && (type.Name.StartsWith("link__", StringComparison.Ordinal) || type.Name.StartsWith(link.Prefix + "__", StringComparison.Ordinal)))
                builder.AddType(type);
        }
        return byName;
    }
}
