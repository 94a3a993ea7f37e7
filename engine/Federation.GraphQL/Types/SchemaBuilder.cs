using Federation.GraphQL.Execution;
using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>
/// Schema-first: builds a <see cref="Schema"/> from SDL (spec 3, graphql-js buildASTSchema) and binds resolvers,
/// subscribers, type resolvers, scalar implementations and enum values to it. The built schema is read-only: every
/// binding happens here, before <see cref="Build"/> returns.
/// <code>
/// var schema = new SchemaBuilder()
///     .AddDocument(sdl)
///     .AddResolver("Query", "hello", _ => "world")
///     .AddTypeResolver("Node", (value, ctx, type) => ...)
///     .AddScalar(new DateScalar())
///     .Build();
/// </code>
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly List<IDefinitionNode> _definitions = [];
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly List<Action<Schema, List<GraphQLError>>> _bindings = [];
    private readonly List<Func<DocumentNode, DocumentNode>> _documentTransforms = [];
    private SchemaBuildOptions _options = new();

    /// <summary>Builds a schema from SDL: SDL validation, build, schema validation (each skipped per <paramref name="options"/>).</summary>
    public static Schema FromSdl(string sdl, SchemaBuildOptions? options = null)
        => FromDocument(Parser.Parse(sdl, ParserOptions.TrustedSource), options);

    /// <summary>Builds a schema from a parsed SDL document.</summary>
    public static Schema FromDocument(DocumentNode document, SchemaBuildOptions? options = null)
        => new SchemaBuilder().AddDocument(document).WithOptions(options ?? new SchemaBuildOptions()).Build();

    /// <summary>Adds the definitions of an SDL text; several documents are merged as one.</summary>
    public SchemaBuilder AddDocument(string sdl) => AddDocument(Parser.Parse(sdl, ParserOptions.TrustedSource));

    public SchemaBuilder AddDocument(DocumentNode document)
    {
        _definitions.AddRange(document.Definitions);
        return this;
    }

    public SchemaBuilder WithOptions(SchemaBuildOptions options)
    {
        _options = options;
        return this;
    }

    /// <summary>
    /// Rewrites the merged SDL document when <see cref="Build"/> runs, before SDL validation and before any binding:
    /// libraries built on the engine add definitions that depend on the user's SDL this way. Transforms run in the
    /// order added; a transform may add scalars and bindings to this builder.
    /// </summary>
    public SchemaBuilder AddDocumentTransform(Func<DocumentNode, DocumentNode> transform)
    {
        _documentTransforms.Add(transform);
        return this;
    }

    /// <summary>Supplies the implementation of a scalar (replacing the SDL <c>scalar Name</c>; the declaration may be omitted).</summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        _scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Binds a resolver to <c>Type.field</c>.</summary>
    public SchemaBuilder AddResolver(string typeName, string fieldName, FieldResolver resolver)
        => Bind((schema, errors) => { if (FindField(schema, typeName, fieldName, errors) is { } f) f.Resolver = resolver; });

    /// <summary>Binds a synchronous resolver to <c>Type.field</c>.</summary>
    public SchemaBuilder AddResolver(string typeName, string fieldName, Func<IResolverContext, object?> resolver)
        => AddResolver(typeName, fieldName, context => new ValueTask<object?>(resolver(context)));

    /// <summary>Binds a resolver to a schema coordinate such as <c>"Query.hello"</c>.</summary>
    public SchemaBuilder AddResolver(string coordinate, FieldResolver resolver)
    {
        var (typeName, fieldName) = SplitCoordinate(coordinate);
        return AddResolver(typeName, fieldName, resolver);
    }

    /// <summary>Binds the source stream of a subscription field.</summary>
    public SchemaBuilder AddSubscriber(string typeName, string fieldName, SubscribeResolver subscriber)
        => Bind((schema, errors) => { if (FindField(schema, typeName, fieldName, errors) is { } f) f.Subscriber = subscriber; });

    /// <summary>Binds a subscription field's source stream; each event is the field's value unless a resolver is bound too.</summary>
    public SchemaBuilder AddSubscriber(string typeName, string fieldName, Func<IResolverContext, IAsyncEnumerable<object?>> subscriber)
        => AddSubscriber(typeName, fieldName, context => new ValueTask<IAsyncEnumerable<object?>>(subscriber(context)));

    /// <summary>Adds middleware around the resolver of <c>Type.field</c> (outermost first, in the order added).</summary>
    public SchemaBuilder AddFieldMiddleware(string typeName, string fieldName, FieldMiddleware middleware)
        => Bind((schema, errors) => { if (FindField(schema, typeName, fieldName, errors) is { } f) f.Middleware.Add(middleware); });

    /// <summary>
    /// Runs <paramref name="configure"/> on the schema when <see cref="Build"/> has built its types, with the bindings
    /// (in the order added) and before validation: the last point where types, fields and resolvers can change, for
    /// bindings that walk the schema (every field of every object type, ...). The built schema is read-only.
    /// </summary>
    public SchemaBuilder Configure(Action<Schema> configure)
        => Bind((schema, _) => configure(schema));

    /// <summary>Binds the type resolver of an interface or union.</summary>
    public SchemaBuilder AddTypeResolver(string abstractTypeName, TypeResolver resolver)
        => Bind((schema, errors) =>
        {
            switch (schema.GetType(abstractTypeName))
            {
                case InterfaceType i: i.ResolveType = resolver; break;
                case UnionType u: u.ResolveType = resolver; break;
                default: errors.Add(new GraphQLError($"Cannot bind a type resolver to \"{abstractTypeName}\": it is not an interface or union type.")); break;
            }
        });

    /// <summary>Binds the IsTypeOf check of an object type.</summary>
    public SchemaBuilder AddIsTypeOf(string objectTypeName, Func<object, IResolverContext, bool> isTypeOf)
        => Bind((schema, errors) =>
        {
            if (schema.GetType(objectTypeName) is ObjectType o) o.IsTypeOf = isTypeOf;
            else errors.Add(new GraphQLError($"Cannot bind IsTypeOf to \"{objectTypeName}\": it is not an object type."));
        });

    /// <summary>Binds the runtime value of one enum value.</summary>
    public SchemaBuilder AddEnumValue(string enumName, string valueName, object runtimeValue)
        => Bind((schema, errors) =>
        {
            if (schema.GetType(enumName) is EnumType e && e.GetValue(valueName) is { } v) v.RuntimeValue = runtimeValue;
            else errors.Add(new GraphQLError($"Cannot bind a runtime value to \"{enumName}.{valueName}\": no such enum value."));
        });

    /// <summary>
    /// Backs an SDL enum with a .NET enum: each GraphQL value binds to the member of the same name, compared
    /// ignoring case and underscores (<c>NEW_HOPE</c> ↔ <c>NewHope</c>).
    /// </summary>
    public SchemaBuilder AddEnumType<TEnum>(string enumName) where TEnum : struct, Enum
        => Bind((schema, errors) =>
        {
            if (schema.GetType(enumName) is not EnumType e)
            {
                errors.Add(new GraphQLError($"Cannot bind {typeof(TEnum).Name} to \"{enumName}\": it is not an enum type."));
                return;
            }
            e.RuntimeType = typeof(TEnum);
            foreach (var value in e.Values)
            {
                var key = Normalize(value.Name);
                var member = Enum.GetValues<TEnum>().Cast<TEnum?>().FirstOrDefault(m => Normalize(m!.Value.ToString()) == key);
                if (member is null) errors.Add(new GraphQLError($"Enum value \"{enumName}.{value.Name}\" has no member in {typeof(TEnum).Name}."));
                else value.RuntimeValue = member.Value;
            }
        });

    /// <summary>Builds and (unless told otherwise) validates the schema; throws <see cref="SchemaException"/> with every error.</summary>
    public Schema Build()
    {
        var document = new DocumentNode(_definitions);
        foreach (var transform in _documentTransforms) document = transform(document);
        if (!_options.AssumeValid && !_options.AssumeValidSdl)
        {
            var sdlErrors = SdlValidator.Validate(document, _scalars.Keys);
            if (sdlErrors.Count > 0) throw new SchemaException(sdlErrors);
        }

        var typeBuilder = new SdlTypeBuilder();
        var schema = typeBuilder.Build(document, _scalars, Introspection.Introspection.Types);

        var bindingErrors = new List<GraphQLError>();
        foreach (var bind in _bindings) bind(schema, bindingErrors);
        if (bindingErrors.Count > 0) throw new SchemaException(bindingErrors);

        if (!_options.AssumeValid)
        {
            var errors = SchemaValidator.Validate(schema, typeBuilder.Structural);
            if (errors.Count > 0) throw new SchemaException(errors);
        }
        schema.Freeze();
        return schema;
    }

    private SchemaBuilder Bind(Action<Schema, List<GraphQLError>> binding)
    {
        _bindings.Add(binding);
        return this;
    }

    internal static Field? FindField(Schema schema, string typeName, string fieldName, List<GraphQLError>? errors)
    {
        if (schema.GetType(typeName) is ComplexType type && type.GetField(fieldName) is { } field) return field;
        errors?.Add(new GraphQLError($"Cannot bind to \"{typeName}.{fieldName}\": no such field."));
        return null;
    }

    internal static (string Type, string Field) SplitCoordinate(string coordinate)
    {
        var dot = coordinate.IndexOf('.');
        if (dot <= 0 || dot == coordinate.Length - 1) throw new ArgumentException($"Expected a coordinate like \"Query.hello\", got \"{coordinate}\".", nameof(coordinate));
        return (coordinate[..dot], coordinate[(dot + 1)..]);
    }

    private static string Normalize(string name) => name.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();
}
