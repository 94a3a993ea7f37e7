using Federation.GraphQL.Execution;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Tests.Introspection;

/// <summary>A resolver context for calling resolvers directly, without the executor.</summary>
internal sealed class FakeResolverContext(Schema schema, ObjectType objectType, Field resolvedField, object? parent,
    IReadOnlyDictionary<string, object?>? arguments = null, IServiceProvider? services = null) : IResolverContext
{
    public Schema Schema => schema;
    public ObjectType ObjectType => objectType;
    public Field Field => resolvedField;
    public FieldNode Selection => throw new NotSupportedException();
    public IReadOnlyList<FieldNode> FieldNodes => throw new NotSupportedException();
    public object? Parent => parent;
    public T GetParent<T>() => (T)parent!;
    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments ?? new Dictionary<string, object?>();
    public T ArgumentValue<T>(string name) => Arguments.TryGetValue(name, out var v) ? (T)v! : default!;
    public Execution.Path Path => Execution.Path.Root;
    public OperationDefinitionNode Operation => throw new NotSupportedException();
    public IReadOnlyDictionary<string, object?> Variables { get; } = new Dictionary<string, object?>();
    public IServiceProvider Services => services ?? EmptyServices.Instance;
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();
    public CancellationToken RequestAborted { get; init; }
    public List<GraphQLError> Errors { get; } = [];
    public void ReportError(GraphQLError error) => Errors.Add(error);

    public static async ValueTask<object?> Resolve(Schema schema, ObjectType type, string fieldName, object? parent,
        IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var field = type.GetField(fieldName) ?? throw new ArgumentException(fieldName);
        return await field.Resolver!(new FakeResolverContext(schema, type, field, parent, arguments));
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();
        public object? GetService(Type serviceType) => null;
    }
}
