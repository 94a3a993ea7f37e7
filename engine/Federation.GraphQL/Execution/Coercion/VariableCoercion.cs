using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution.Coercion;

/// <summary>Spec 6.1.2 CoerceVariableValues, reporting errors as graphql-js getVariableValues does (at most 50).</summary>
internal static class VariableCoercion
{
    private const int MaxErrors = 50;

    private sealed class TooManyErrors : Exception;

    /// <summary>The coerced values (a variable absent with no default is absent here), or the errors.</summary>
    public static IReadOnlyDictionary<string, object?> Coerce(
        Schema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?>? inputs,
        out List<GraphQLError>? errors)
    {
        errors = null;
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        var errorList = new List<GraphQLError>();
        try
        {
            foreach (var definition in definitions)
            {
                CoerceOne(schema, definition, inputs, coerced, errorList);
            }
        }
        catch (TooManyErrors)
        {
            errorList.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
        }
        if (errorList.Count > 0) errors = errorList;
        return coerced;
    }

    private static void CoerceOne(Schema schema, VariableDefinitionNode definition, IReadOnlyDictionary<string, object?>? inputs,
        Dictionary<string, object?> coerced, List<GraphQLError> errors)
    {
        var name = definition.Variable.Name.Value;
        var type = TypeFromAst(schema, definition.Type);
        if (type is null || !type.IsInputType())
        {
            Report(errors, GraphQLError.At(
                $"Variable \"${name}\" expected value of type \"{PrintType(definition.Type)}\" which cannot be used as an input type.",
                (SyntaxNode)definition.Type));
            return;
        }
        object? value = null;
        var provided = inputs is not null && inputs.TryGetValue(name, out value);
        if (!provided)
        {
            if (definition.DefaultValue is { } defaultLiteral)
            {
                if (InputLiteralCoercion.TryCoerce(defaultLiteral, type, null, out var d))
                {
                    coerced[name] = d;
                }
                else
                {
                    InputLiteralCoercion.Validate(defaultLiteral, type, null, (message, path, _) => Report(errors,
                        GraphQLError.At($"Variable \"${name}\" has invalid default value{PrintPath(path)}: {message}", definition)));
                }
                return;
            }
            if (type is not NonNullType) return;
        }
        if (InputValueCoercion.TryCoerce(value, type, out var result))
        {
            coerced[name] = result;
            return;
        }
        InputValueCoercion.Validate(value, provided, type, (message, path) => Report(errors,
            GraphQLError.At($"Variable \"${name}\" has invalid value{PrintPath(path)}: {message}", definition)));
    }

    private static void Report(List<GraphQLError> errors, GraphQLError error)
    {
        if (errors.Count >= MaxErrors) throw new TooManyErrors();
        errors.Add(error);
    }

    /// <summary>graphql-js printPathArray: " at .a[1].b", or "" for an empty path.</summary>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        if (path.Count == 0) return "";
        var sb = new System.Text.StringBuilder(" at ");
        foreach (var segment in path)
        {
            if (segment is int i) sb.Append('[').Append(i).Append(']');
            else sb.Append('.').Append(segment);
        }
        return sb.ToString();
    }

    public static GraphQLType? TypeFromAst(Schema schema, ITypeNode node) => node switch
    {
        NonNullTypeNode nn => TypeFromAst(schema, nn.Type) is { } t ? new NonNullType(t) : null,
        ListTypeNode l => TypeFromAst(schema, l.Type) is { } t ? new ListType(t) : null,
        NamedTypeNode n => schema.GetType(n.Name.Value),
        _ => null,
    };

    private static string PrintType(ITypeNode node) => node switch
    {
        NonNullTypeNode nn => PrintType(nn.Type) + "!",
        ListTypeNode l => "[" + PrintType(l.Type) + "]",
        NamedTypeNode n => n.Name.Value,
        _ => "",
    };
}
