using Federation.GraphQL.Execution.Coercion;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution.Planning;

/// <summary>
/// One response key of a grouped field set (spec 6.3.2 CollectFields) for one object type, with what executing it
/// needs computed once per operation run: coerced arguments, sub-selections per runtime type, locations.
/// </summary>
internal sealed class FieldPlan
{
    private readonly List<FieldNode> _nodes = new(1);
    private object? _arguments;
    private ObjectType? _lastSubType;
    private SelectionPlan? _lastSubPlan;
    private Dictionary<ObjectType, SelectionPlan>? _subPlans;
    private IReadOnlyList<ErrorLocation>? _locations;

    public FieldPlan(string responseName, ObjectType parentType, Field field, bool isTypeName)
    {
        ResponseName = responseName;
        ParentType = parentType;
        Field = field;
        IsTypeName = isTypeName;
        ReturnType = field.Type;
        IsLeaf = field.Type.NamedType() is ScalarType or EnumType && !field.Type.IsListType();
    }

    /// <summary>True for scalar and enum fields (not lists): their completion needs no response path.</summary>
    public bool IsLeaf { get; }

    public string ResponseName { get; }
    public ObjectType ParentType { get; }
    public Field Field { get; }
    public GraphQLType ReturnType { get; }
    public bool IsTypeName { get; }
    public IReadOnlyList<FieldNode> Nodes => _nodes;
    public FieldNode FirstNode => _nodes[0];

    /// <summary>The composed middleware pipeline, or null when the resolver is called directly.</summary>
    public FieldDelegate? Pipeline { get; set; }

    /// <summary>Cached CLR member accessor of the default resolver (monomorphic inline cache).</summary>
    public MemberAccessor? Accessor { get; set; }

    internal void AddNode(FieldNode node) => _nodes.Add(node);

    public IReadOnlyList<ErrorLocation> Locations
    {
        get
        {
            if (_locations is null)
            {
                var list = new List<ErrorLocation>(_nodes.Count);
                foreach (var n in _nodes)
                {
                    if (n.Location is { } l) list.Add(new ErrorLocation(l.Line, l.Column));
                }
                _locations = list;
            }
            return _locations;
        }
    }

    /// <summary>The coerced arguments; throws the coercion error (without path) when they are invalid.</summary>
    public IReadOnlyDictionary<string, object?> GetArguments(IReadOnlyDictionary<string, object?> variables)
    {
        var cached = _arguments;
        if (cached is null)
        {
            try
            {
                cached = ArgumentCoercion.Coerce(Field.Arguments, FirstNode.Arguments, FirstNode,
                    ParentType.Name + "." + Field.Name, variables);
            }
            catch (GraphQLException ex)
            {
                cached = ex;
            }
            _arguments = cached;
        }
        if (cached is GraphQLException error) throw new GraphQLException(error.Errors);
        return (IReadOnlyDictionary<string, object?>)cached;
    }

    /// <summary>Spec 6.4.3 CollectSubfields, memoized per runtime object type.</summary>
    public SelectionPlan GetSubPlan(ObjectType type, FieldCollector collector)
    {
        if (ReferenceEquals(Volatile.Read(ref _lastSubType), type) && _lastSubPlan is { } last && ReferenceEquals(last.Type, type))
        {
            return last;
        }
        lock (_nodes)
        {
            _subPlans ??= new Dictionary<ObjectType, SelectionPlan>();
            if (!_subPlans.TryGetValue(type, out var plan))
            {
                plan = collector.CollectSubfields(type, _nodes);
                _subPlans[type] = plan;
            }
            _lastSubPlan = plan;
            Volatile.Write(ref _lastSubType, type);
            return plan;
        }
    }
}

/// <summary>A grouped field set for one object type: the fields in response order.</summary>
internal sealed class SelectionPlan
{
    public SelectionPlan(ObjectType type, FieldPlan[] fields)
    {
        Type = type;
        Fields = fields;
        Keys = new string[fields.Length];
        for (var i = 0; i < fields.Length; i++) Keys[i] = fields[i].ResponseName;
        Shape = new ResultShape(Keys, ResultMap.Encode(Keys));
    }

    /// <summary>The response names of the objects completed from this plan.</summary>
    public ResultShape Shape { get; }

    public ObjectType Type { get; }
    public FieldPlan[] Fields { get; }
    public string[] Keys { get; }
}
