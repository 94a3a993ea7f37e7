using System.Reflection;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.CodeFirst;

/// <summary>
/// Builds a schema from C# types, the way HotChocolate's code-first (annotation-based) API does:
/// <code>
/// var schema = new CodeFirstSchemaBuilder()
///     .AddQueryType&lt;Query&gt;()
///     .AddMutationType&lt;Mutation&gt;()
///     .AddType&lt;Cat&gt;()
///     .Build();
/// </code>
/// Classes and records become object types (public instance properties and methods are fields), interfaces become
/// interface types (or unions with [UnionType]), enums become enum types, parameter types become input types.
/// Long maps to a <c>Long</c> scalar, DateTime/DateTimeOffset to <c>DateTime</c> and Guid to <c>UUID</c> (use [ID] for
/// ID), as in HotChocolate. The schema is checked with <see cref="SchemaValidator"/>: <see cref="Build"/> throws a
/// <see cref="SchemaException"/> listing every error. SDL (<see cref="AddDocument"/>) and C# types mix freely: the C#
/// types are printed as SDL beside the user's documents (which may <c>extend type Query</c>) and their resolvers bound.
/// </summary>
public sealed class CodeFirstSchemaBuilder
{
    private readonly ClrTypeRegistry _registry = new();
    private readonly List<Type> _types = [];
    private readonly List<NamedType> _namedTypes = [];
    private readonly List<DirectiveDefinition> _directives = [];
    private readonly List<Action<IReadOnlyList<NamedType>>> _completedHooks = [];
    private readonly List<Type> _extensions = [];
    private readonly List<Action<SchemaBuilder>> _schemaFirst = [];
    private Type? _query;
    private Type? _mutation;
    private Type? _subscription;
    private string? _description;

    public CodeFirstSchemaBuilder AddQueryType<T>() => AddQueryType(typeof(T));

    public CodeFirstSchemaBuilder AddQueryType(Type type)
    {
        _query = type;
        return this;
    }

    public CodeFirstSchemaBuilder AddMutationType<T>() => AddMutationType(typeof(T));

    public CodeFirstSchemaBuilder AddMutationType(Type type)
    {
        _mutation = type;
        return this;
    }

    /// <summary>Methods returning IAsyncEnumerable&lt;T&gt; (or a Task of one) are subscription fields whose events are the T items.</summary>
    public CodeFirstSchemaBuilder AddSubscriptionType<T>() => AddSubscriptionType(typeof(T));

    public CodeFirstSchemaBuilder AddSubscriptionType(Type type)
    {
        _subscription = type;
        return this;
    }

    /// <summary>Adds a type no field refers to: an implementation of an interface, a member of a union, an enum.</summary>
    public CodeFirstSchemaBuilder AddType<T>() => AddType(typeof(T));

    public CodeFirstSchemaBuilder AddType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.IsDefined(typeof(ExtendObjectTypeAttribute), inherit: false)) return AddTypeExtension(type);
        _types.Add(type);
        return this;
    }

    /// <summary>Adds a class marked <c>[ExtendObjectType]</c>: its public members become fields of the type it extends.</summary>
    public CodeFirstSchemaBuilder AddTypeExtension<T>() => AddTypeExtension(typeof(T));

    public CodeFirstSchemaBuilder AddTypeExtension(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!type.IsDefined(typeof(ExtendObjectTypeAttribute), inherit: false))
            throw new ArgumentException($"{type.Name} is not a type extension: mark it [ExtendObjectType(\"TypeName\")] or [ExtendObjectType<T>].", nameof(type));
        if (!_extensions.Contains(type)) _extensions.Add(type);
        return this;
    }

    /// <summary>Adds SDL beside the C# types: new types, and <c>extend type</c> of C# types (or C# extensions of SDL types).</summary>
    public CodeFirstSchemaBuilder AddDocument(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        return ConfigureSchemaFirst(b => b.AddDocument(sdl));
    }

    /// <summary>Schema-first configuration (documents, resolvers, scalars) of the schema the C# types are merged into.</summary>
    public CodeFirstSchemaBuilder ConfigureSchemaFirst(Action<SchemaBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _schemaFirst.Add(configure);
        return this;
    }

    /// <summary>
    /// The application's services, read at build: a resolver parameter whose type is a registered service is injected
    /// from the request's services without <c>[Service]</c> (as HotChocolate infers), and DataLoaders registered with
    /// <c>AddDataLoader</c> are injected as parameters.
    /// </summary>
    public CodeFirstSchemaBuilder UseServices(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _registry.UseServices(services);
        return this;
    }

    /// <summary>Adds a type built by hand (a custom scalar, for example); [GraphQLType("Name")] can refer to it.</summary>
    public CodeFirstSchemaBuilder AddType(NamedType type)
    {
        _namedTypes.Add(type);
        _registry.Add(type);
        return this;
    }

    /// <summary>Maps a CLR type to a scalar wherever it appears (replaces the default mapping).</summary>
    public CodeFirstSchemaBuilder BindRuntimeType<TRuntime>(ScalarType scalar) => BindRuntimeType(typeof(TRuntime), scalar);

    public CodeFirstSchemaBuilder BindRuntimeType(Type runtimeType, ScalarType scalar)
    {
        _registry.Bind(runtimeType, scalar);
        return this;
    }

    /// <summary>Adds a directive definition beside the specified ones (include, skip, deprecated, specifiedBy, oneOf).</summary>
    public CodeFirstSchemaBuilder AddDirective(DirectiveDefinition directive)
    {
        _directives.Add(directive);
        return this;
    }

    /// <summary>
    /// Runs during <see cref="Build"/> once every type built from C# is complete (fields built, abstract types
    /// connected) and before the schema is assembled. The hook sees every named type in creation order (an object
    /// type's <see cref="ObjectType.RuntimeType"/> is its C# type); it may add fields and applied directives to them
    /// and call <see cref="AddType(NamedType)"/> / <see cref="AddDirective"/> on this builder. Libraries built on the
    /// engine (attributes that become directives, generated fields) use it.
    /// </summary>
    public CodeFirstSchemaBuilder OnTypesCompleted(Action<IReadOnlyList<NamedType>> hook)
    {
        _completedHooks.Add(hook);
        return this;
    }

    public CodeFirstSchemaBuilder SetDescription(string description)
    {
        _description = description;
        return this;
    }

    public Schema Build()
    {
        var mixed = _schemaFirst.Count > 0;
        if (_query is null && !mixed) throw new InvalidOperationException("A schema needs a query type: call AddQueryType<T>().");
        var query = _query is null ? null : _registry.AddRoot(_query, "Query", OperationType.Query);
        var mutation = _mutation is null ? null : _registry.AddRoot(_mutation, "Mutation", OperationType.Mutation);
        var subscription = _subscription is null ? null : _registry.AddRoot(_subscription, "Subscription", OperationType.Subscription);
        var added = new List<NamedType>();
        foreach (var type in _types) added.Add(_registry.GetOutputType(type));
        _registry.Complete();
        foreach (var extension in _extensions) _registry.AddExtensionFields(ExtensionTarget(extension, mixed), extension);
        _registry.Complete();
        _registry.ConnectAbstractTypes();
        foreach (var hook in _completedHooks) hook(_registry.AllTypes.ToList());
        if (mixed) return SchemaFirstMerge.Build(_registry, _directives, (query, mutation, subscription), _schemaFirst);

        List<NamedType> given = [query!];
        if (mutation is not null) given.Add(mutation);
        if (subscription is not null) given.Add(subscription);
        given.AddRange(added);
        given.AddRange(_namedTypes);
        List<DirectiveDefinition> directives = [.. BuiltInTypes.SpecifiedDirectives, .. _directives];
        var types = TypeMapOrder.Collect(given, query!, mutation, subscription, directives, Introspection.Introspection.Types);

        var schema = new Schema(query!, mutation, subscription, types, directives, _description, freeze: false);
        var errors = SchemaValidator.Validate(schema);
        if (errors.Count > 0) throw new SchemaException(errors);
        schema.Freeze();
        return schema;
    }

    private ObjectType ExtensionTarget(Type extension, bool mixed)
    {
        var attribute = extension.GetCustomAttribute<ExtendObjectTypeAttribute>(inherit: false)!;
        if (attribute.ExtendsType is { } clr)
        {
            return _registry.GetOutputType(clr) as ObjectType
                ?? throw new InvalidOperationException($"{extension.Name} extends {clr.Name}, which is not an object type.");
        }
        return _registry.FindByName(attribute.Name!) switch
        {
            ObjectType found => found,
            null when mixed => _registry.AddExtensionTarget(attribute.Name!),
            null => throw new InvalidOperationException(
                $"{extension.Name} extends \"{attribute.Name}\", which no C# type of the schema defines (add the type, or its SDL with AddDocument)."),
            var other => throw new InvalidOperationException($"{extension.Name} extends \"{attribute.Name}\", which is not an object type ({other.Kind})."),
        };
    }
}
