using Federation.GraphQL.Execution.Coercion;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution.Compilation;

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
    public FieldDelegate? Pipeline
    {
        get => _pipeline;
        set
        {
            _pipeline = value;
            DirectLeaf = value is null ? LeafKindOf(Field, IsTypeName) : DirectLeafKind.None;
        }
    }

    private FieldDelegate? _pipeline;

    /// <summary>
    /// Which built-in scalar a field without middleware nor arguments returns (None otherwise): when the default
    /// resolver reads it, a value already in serialized form is the completed value (see <see cref="IsSerialized"/>).
    /// </summary>
    public DirectLeafKind DirectLeaf { get; private set; }

    /// <summary>Whether a value read for a <see cref="DirectLeaf"/> field is its completed value as it is (spec 6.4.3 leaf).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool IsSerialized(object? value) => value is null ? _leafNullable : DirectLeaf switch
    {
        DirectLeafKind.String => value is string,
        DirectLeafKind.Int => value is int,
        DirectLeafKind.Float => value is double d && double.IsFinite(d),
        DirectLeafKind.Boolean => value is bool,
        _ => false,
    };

    private bool _leafNullable;

    private DirectLeafKind LeafKindOf(Field field, bool isTypeName)
    {
        if (isTypeName || field.Arguments.Count > 0) return DirectLeafKind.None;
        var type = field.Type;
        _leafNullable = type is not NonNullType;
        if (type is NonNullType nonNull) type = nonNull.OfType;
        return type switch
        {
            StringType or IdType => DirectLeafKind.String,
            IntType => DirectLeafKind.Int,
            FloatType => DirectLeafKind.Float,
            BooleanType => DirectLeafKind.Boolean,
            _ => DirectLeafKind.None,
        };
    }

    /// <summary>Where the default resolver last found this field's key in an ordered map (an inline cache; any value is safe).</summary>
    public int MapIndex { get; set; } = -1;

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
