using Federation.GraphQL.Execution.Coercion;
using Federation.GraphQL.Execution.Compilation;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution;

/// <summary>The context of one field resolution, shared by its middleware and resolver.</summary>
internal sealed class ResolverContext : IMiddlewareContext
{
    private readonly OperationExecution _execution;

    public ResolverContext(OperationExecution execution, ObjectType objectType, FieldPlan plan, object? parent, Path path,
        IReadOnlyDictionary<string, object?> arguments)
    {
        _execution = execution;
        ObjectType = objectType;
        Plan = plan;
        Parent = parent;
        Path = path;
        Arguments = arguments;
    }

    internal FieldPlan Plan { get; }
    internal OperationExecution Execution => _execution;

    public Schema Schema => _execution.Schema;
    public ObjectType ObjectType { get; }
    public Field Field => Plan.Field;
    public FieldNode Selection => Plan.FirstNode;
    public IReadOnlyList<FieldNode> FieldNodes => Plan.Nodes;
    public object? Parent { get; }
    public IReadOnlyDictionary<string, object?> Arguments { get; }
    public Path Path { get; }
    public OperationDefinitionNode Operation => _execution.Operation;
    public IReadOnlyDictionary<string, object?> Variables => _execution.Variables;
    public IServiceProvider Services => _execution.Services;
    public IDictionary<string, object?> ContextData => _execution.ContextData;
    public CancellationToken RequestAborted => _execution.CancellationToken;
    public object? Result { get; set; }

    public T GetParent<T>() => Parent is T t ? t : (T)InputObjectMaterializer.ConvertTo(Parent, typeof(T))!;

    public T ArgumentValue<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null) return default!;
        if (value is T t) return t;
        return (T)InputObjectMaterializer.ConvertTo(value, typeof(T))!;
    }

    public void ReportError(GraphQLError error)
    {
        var located = error;
        if (located.Path is null) located = located.WithPath(Path.ToList());
        if (located.Locations is null) located = located.WithLocations(Plan.Locations);
        _execution.Errors.Report(located, Path);
    }

    public ValueTask<object?> ResolveAsync() => _execution.RunResolver(this);
}
