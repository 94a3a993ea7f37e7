using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution.Compilation;

/// <summary>Spec 6.3.2 CollectFields: groups the selections that apply to an object type by response name.</summary>
internal sealed class FieldCollector
{
    private readonly Schema _schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly Func<Field, FieldDelegate?> _pipelines;

    public FieldCollector(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables, Func<Field, FieldDelegate?> pipelines)
    {
        _schema = schema;
        _fragments = fragments;
        _variables = variables;
        _pipelines = pipelines;
    }

    public SelectionPlan Collect(ObjectType type, SelectionSetNode selectionSet)
    {
        var grouped = new Grouped();
        Visit(type, selectionSet, grouped, null);
        return grouped.ToPlan(type);
    }

    /// <summary>Spec 6.4.3 CollectSubfields: the merged sub-selections of every node of a field.</summary>
    public SelectionPlan CollectSubfields(ObjectType type, IReadOnlyList<FieldNode> nodes)
    {
        var grouped = new Grouped();
        HashSet<string>? visited = null;
        foreach (var node in nodes)
        {
            if (node.SelectionSet is { } set) Visit(type, set, grouped, visited ??= new HashSet<string>(StringComparer.Ordinal));
        }
        return grouped.ToPlan(type);
    }

    private void Visit(ObjectType type, SelectionSetNode selectionSet, Grouped grouped, HashSet<string>? visitedFragments)
    {
        var selections = selectionSet.Selections;
        for (var selectionIndex = 0; selectionIndex < selections.Count; selectionIndex++)
        {
            var selection = selections[selectionIndex];
            switch (selection)
            {
                case FieldNode field:
                    if (!ShouldInclude(field)) continue;
                    AddField(type, field, grouped);
                    break;
                case InlineFragmentNode inline:
                    if (!ShouldInclude(inline) || !DoesConditionMatch(inline.TypeCondition, type)) continue;
                    Visit(type, inline.SelectionSet, grouped, visitedFragments);
                    break;
                case FragmentSpreadNode spread:
                    if (!ShouldInclude(spread)) continue;
                    var name = spread.Name.Value;
                    visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
                    if (visitedFragments.Contains(name)) continue;
                    if (!_fragments.TryGetValue(name, out var fragment) || !DoesConditionMatch(fragment.TypeCondition, type)) continue;
                    visitedFragments.Add(name);
                    Visit(type, fragment.SelectionSet, grouped, visitedFragments);
                    break;
            }
        }
    }

    private void AddField(ObjectType type, FieldNode node, Grouped grouped)
    {
        var key = node.ResponseName;
        if (grouped.TryGet(key, out var existing))
        {
            existing.AddNode(node);
            return;
        }
        var name = node.Name.Value;
        Field? definition;
        var isTypeName = false;
        if (name == "__typename")
        {
            definition = TypeNameField;
            isTypeName = true;
        }
        else
        {
            definition = type.GetField(name);
            if (definition is null && ReferenceEquals(type, _schema.QueryType))
            {
                definition = name switch
                {
                    "__schema" => Introspection.Introspection.SchemaField,
                    "__type" => Introspection.Introspection.TypeField,
                    _ => null,
                };
            }
        }
        // Fields the type does not define are left out of the response, as graphql-js does.
        var plan = new FieldPlan(key, type, definition ?? UnknownField, isTypeName);
        plan.AddNode(node);
        if (definition is not null && !isTypeName) plan.Pipeline = _pipelines(definition);
        grouped.Add(key, plan, include: definition is not null);
    }

    private static Field TypeNameField => Introspection.Introspection.TypeNameField;
    private static readonly Field UnknownField = new("__unknown", BuiltInTypes.String);

    // Spec 3.13.1 @skip and 3.13.2 @include.
    private bool ShouldInclude(IHasDirectives node)
    {
        var directives = node.Directives;
        for (var i = 0; i < directives.Count; i++)
        {
            var d = directives[i];
            var name = d.Name.Value;
            if (name == "skip" && IsTrue(d) == true) return false;
            if (name == "include" && IsTrue(d) == false) return false;
        }
        return true;
    }

    private bool? IsTrue(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value != "if") continue;
            return argument.Value switch
            {
                BooleanValueNode b => b.Value,
                VariableNode v => _variables.TryGetValue(v.Name.Value, out var value) && value is bool b ? b : null,
                _ => null,
            };
        }
        return null;
    }

    private bool DoesConditionMatch(NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null) return true;
        var conditionType = _schema.GetType(condition.Name.Value);
        if (ReferenceEquals(conditionType, type)) return true;
        return conditionType is InterfaceType or UnionType && _schema.IsSubType(conditionType, type);
    }

    /// <summary>An insertion-ordered map of response name to field plan.</summary>
    private sealed class Grouped
    {
        private readonly List<FieldPlan> _plans = new();
        private readonly List<bool> _included = new();
        private Dictionary<string, int>? _index;

        public bool TryGet(string key, out FieldPlan plan)
        {
            if (_index is not null)
            {
                if (_index.TryGetValue(key, out var i))
                {
                    plan = _plans[i];
                    return true;
                }
            }
            else
            {
                for (var i = 0; i < _plans.Count; i++)
                {
                    if (_plans[i].ResponseName == key)
                    {
                        plan = _plans[i];
                        return true;
                    }
                }
            }
            plan = null!;
            return false;
        }

        public void Add(string key, FieldPlan plan, bool include)
        {
            _plans.Add(plan);
            _included.Add(include);
            if (_index is not null) _index[key] = _plans.Count - 1;
            else if (_plans.Count > 8)
            {
                _index = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < _plans.Count; i++) _index[_plans[i].ResponseName] = i;
            }
        }

        public SelectionPlan ToPlan(ObjectType type)
        {
            var count = 0;
            foreach (var inc in _included) if (inc) count++;
            var fields = new FieldPlan[count];
            var j = 0;
            for (var i = 0; i < _plans.Count; i++)
            {
                if (_included[i]) fields[j++] = _plans[i];
            }
            return new SelectionPlan(type, fields);
        }
    }
}
