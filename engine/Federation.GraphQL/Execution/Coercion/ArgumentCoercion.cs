using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution.Coercion;

/// <summary>Spec 6.4.1 CoerceArgumentValues for fields and directives; failures throw <see cref="GraphQLException"/>.</summary>
internal static class ArgumentCoercion
{
    public static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    /// <param name="coordinate">"Query.user" for a field, "@skip" for a directive (used in messages).</param>
    public static IReadOnlyDictionary<string, object?> Coerce(
        FieldCollection<InputValue> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        SyntaxNode node,
        string coordinate,
        IReadOnlyDictionary<string, object?>? variables)
    {
        if (definitions.Count == 0) return Empty;
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var argumentNode = Find(arguments, definition.Name);
            var required = definition.Type is NonNullType && !definition.HasDefaultValue;
            if (argumentNode is null)
            {
                if (required)
                {
                    throw new GraphQLException(GraphQLError.At(
                        $"Argument \"{coordinate}({definition.Name}:)\" of required type \"{definition.Type}\" was not provided.", node));
                }
                UseDefault(coerced, definition, coordinate, node);
                continue;
            }
            var valueNode = argumentNode.Value;
            if (valueNode is VariableNode variable && !required
                && (variables is null || !variables.ContainsKey(variable.Name.Value)))
            {
                UseDefault(coerced, definition, coordinate, node);
                continue;
            }
            if (!InputLiteralCoercion.TryCoerce(valueNode, definition.Type, variables, out var value))
            {
                GraphQLError? first = null;
                InputLiteralCoercion.Validate(valueNode, definition.Type, variables, (message, path, at) =>
                    first ??= GraphQLError.At(
                        $"Argument \"{coordinate}({definition.Name}:)\" has invalid value{VariableCoercion.PrintPath(path)}: {message}", at));
                throw new GraphQLException(first ?? GraphQLError.At($"Argument \"{coordinate}({definition.Name}:)\" has invalid value.", node));
            }
            coerced[definition.Name] = value;
        }
        return coerced;
    }

    private static void UseDefault(Dictionary<string, object?> coerced, InputValue definition, string coordinate, SyntaxNode node)
    {
        try
        {
            if (DefaultValues.TryGet(definition, out var d)) coerced[definition.Name] = d;
        }
        catch (GraphQLException ex)
        {
            throw new GraphQLException(GraphQLError.At(
                $"Argument \"{coordinate}({definition.Name}:)\" has invalid default value: {ex.Message}", node));
        }
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name) return arguments[i];
        }
        return null;
    }
}
