using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>
/// Spec 3.10 Input Objects, Type Validation 3 (no unbreakable chain of non-null input fields) and the default value
/// cycles graphql-js rejects: an input object must admit a finite value, and default values must not refer to themselves.
/// </summary>
internal static class InputObjectCycles
{
    private sealed class State(InputObjectType type)
    {
        public InputObjectType Type { get; } = type;
        public List<(InputValue Field, InputObjectType Target)> Targets { get; } = [];
        public List<State> Dependents { get; } = [];
        public int Unresolved { get; set; }
        public bool HasFiniteValue { get; set; }
    }

    public static void Validate(Schema schema, List<GraphQLError> errors)
    {
        var states = new Dictionary<InputObjectType, State>();
        foreach (var type in schema.Types)
        {
            if (type is not InputObjectType input) continue;
            states[input] = new State(input);
        }
        DetectNonFinite(states, errors);
    }

    private static InputObjectType? Target(InputObjectType owner, GraphQLType fieldType)
    {
        if (owner.IsOneOf) return fieldType as InputObjectType;
        return fieldType is NonNullType { OfType: InputObjectType target } ? target : null;
    }

    private static void DetectNonFinite(Dictionary<InputObjectType, State> states, List<GraphQLError> errors)
    {
        var finite = new Stack<State>();
        void Mark(State s)
        {
            if (s.HasFiniteValue) return;
            s.HasFiniteValue = true;
            finite.Push(s);
        }

        foreach (var state in states.Values)
        {
            foreach (var field in state.Type.Fields)
            {
                if (Target(state.Type, field.Type) is not { } target) continue;
                state.Targets.Add((field, target));
                if (states.TryGetValue(target, out var targetState)) targetState.Dependents.Add(state);
            }
            if (state.Type.IsOneOf)
            {
                if (state.Type.Fields.Count == 0 || state.Targets.Count < state.Type.Fields.Count) Mark(state);
            }
            else
            {
                state.Unresolved = state.Targets.Count;
                if (state.Targets.Count == 0) Mark(state);
            }
        }
        while (finite.Count > 0)
        {
            foreach (var dependent in finite.Pop().Dependents)
            {
                if (dependent.HasFiniteValue) continue;
                if (dependent.Type.IsOneOf) { Mark(dependent); continue; }
                if (--dependent.Unresolved == 0) Mark(dependent);
            }
        }

        var visited = new HashSet<InputObjectType>();
        var path = new List<(string Label, SyntaxNode? Node)>();
        var indexByType = new Dictionary<InputObjectType, int>();
        foreach (var state in states.Values)
        {
            if (!state.HasFiniteValue) Report(state);
        }

        void Report(State state)
        {
            if (!visited.Add(state.Type)) return;
            indexByType[state.Type] = path.Count;
            foreach (var (field, target) in state.Targets)
            {
                if (!states.TryGetValue(target, out var targetState) || targetState.HasFiniteValue) continue;
                path.Add(($"{state.Type.Name}.{field.Name}", field.SyntaxNode));
                if (indexByType.TryGetValue(target, out var cycleIndex))
                {
                    var cycle = path.Skip(cycleIndex).ToList();
                    errors.Add(GraphQLError.At(
                        $"Input Object {target.Name} cannot be provided a finite value because it references itself through fields: {string.Join(", ", cycle.Select(p => p.Label))}.",
                        [.. cycle.Select(p => p.Node)]));
                }
                else
                {
                    Report(targetState);
                }
                path.RemoveAt(path.Count - 1);
            }
            indexByType.Remove(state.Type);
        }
    }
}

/// <summary>graphql-js: "Invalid circular reference. The default value of Input Object field ... references itself".</summary>
internal sealed class DefaultValueCycles(List<GraphQLError> errors)
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<(string Label, SyntaxNode? Node)> _path = [];
    private readonly Dictionary<string, int> _pathIndex = new(StringComparer.Ordinal);

    public void Check(InputObjectType input) => CheckObject(input, new ObjectValueNode([]));

    private void CheckLiteral(InputObjectType input, IValueNode value)
    {
        if (value is ListValueNode list)
        {
            foreach (var item in list.Items) CheckLiteral(input, item);
            return;
        }
        if (value is ObjectValueNode obj) CheckObject(input, obj);
    }

    private void CheckObject(InputObjectType input, ObjectValueNode value)
    {
        foreach (var field in input.Fields)
        {
            if (field.Type.NamedType() is not InputObjectType fieldType) continue;
            var given = value.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (given is not null) CheckLiteral(fieldType, given.Value);
            else CheckField(field, fieldType, $"{input.Name}.{field.Name}");
        }
    }

    private void CheckField(InputValue field, InputObjectType fieldType, string label)
    {
        if (field.DefaultValue is not { } defaultValue) return;
        if (_pathIndex.TryGetValue(label, out var cycleIndex))
        {
            var via = cycleIndex < _path.Count
                ? " via the default values of: " + string.Join(", ", _path.Skip(cycleIndex).Select(p => p.Label))
                : "";
            errors.Add(GraphQLError.At($"Invalid circular reference. The default value of Input Object field {label} references itself{via}.",
                [.. _path.Skip(cycleIndex - 1).Select(p => p.Node)]));
            return;
        }
        if (!_visited.Add(label)) return;
        _path.Add((label, defaultValue as SyntaxNode));
        _pathIndex[label] = _path.Count;
        CheckLiteral(fieldType, defaultValue);
        _path.RemoveAt(_path.Count - 1);
        _pathIndex.Remove(label);
    }
}
