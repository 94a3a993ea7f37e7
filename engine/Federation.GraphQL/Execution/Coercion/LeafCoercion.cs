using Federation.GraphQL.Utilities;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution.Coercion;

/// <summary>Input coercion of scalars and enums (spec 3.5, 3.9 Input Coercion), with graphql-js's failure messages.</summary>
internal static class LeafCoercion
{
    public static bool TryCoerceValue(NamedType type, object value, out object? result)
    {
        if (type is EnumType enumType)
        {
            if (value is string s && enumType.GetValue(s) is { } ev)
            {
                result = ev.RuntimeValue;
                return true;
            }
            result = null;
            return false;
        }
        try
        {
            result = ((ScalarType)type).ParseValue(value);
            return true;
        }
        catch (Exception)
        {
            result = null;
            return false;
        }
    }

    /// <summary>The message explaining why <paramref name="value"/> is not a valid <paramref name="type"/>.</summary>
    public static string? Explain(NamedType type, object value)
    {
        if (type is EnumType enumType)
        {
            if (value is not string s)
            {
                var valueStr = Inspect.Value(value);
                return $"Enum \"{enumType.Name}\" cannot represent non-string value: {valueStr}." + DidYouMeanEnumValue(enumType, valueStr);
            }
            if (enumType.GetValue(s) is null)
            {
                return $"Value \"{s}\" does not exist in \"{enumType.Name}\" enum." + DidYouMeanEnumValue(enumType, s);
            }
            return null;
        }
        try
        {
            ((ScalarType)type).ParseValue(value);
            return null;
        }
        catch (GraphQLException ex)
        {
            return ex.Errors.Count > 0 ? ex.Errors[0].Message : ex.Message;
        }
        catch (Exception ex)
        {
            return $"Expected value of type \"{type.Name}\", but encountered error \"{ex.Message}\"; found: {Inspect.Value(value)}.";
        }
    }

    public static bool TryCoerceLiteral(NamedType type, IValueNode node, IReadOnlyDictionary<string, object?>? variables, out object? result)
    {
        if (type is EnumType enumType)
        {
            if (node is EnumValueNode e && enumType.GetValue(e.Value) is { } ev)
            {
                result = ev.RuntimeValue;
                return true;
            }
            result = null;
            return false;
        }
        try
        {
            result = ((ScalarType)type).ParseLiteral(node, variables);
            return true;
        }
        catch (Exception)
        {
            result = null;
            return false;
        }
    }

    public static string? ExplainLiteral(NamedType type, IValueNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        if (type is EnumType enumType)
        {
            var valueStr = Printer.Print((SyntaxNode)node);
            if (node is not EnumValueNode e)
            {
                return $"Enum \"{enumType.Name}\" cannot represent non-enum value: {valueStr}." + DidYouMeanEnumValue(enumType, valueStr);
            }
            if (enumType.GetValue(e.Value) is null)
            {
                return $"Value \"{valueStr}\" does not exist in \"{enumType.Name}\" enum." + DidYouMeanEnumValue(enumType, valueStr);
            }
            return null;
        }
        try
        {
            ((ScalarType)type).ParseLiteral(node, variables);
            return null;
        }
        catch (GraphQLException ex)
        {
            return ex.Errors.Count > 0 ? ex.Errors[0].Message : ex.Message;
        }
        catch (Exception ex)
        {
            return $"Expected value of type \"{type.Name}\", but encountered error \"{ex.Message}\"; found: {Printer.Print((SyntaxNode)node)}.";
        }
    }

    private static string DidYouMeanEnumValue(EnumType type, string unknown)
    {
        var names = new List<string>(type.Values.Count);
        foreach (var v in type.Values) names.Add(v.Name);
        return Utilities.Suggestions.DidYouMean(Utilities.Suggestions.List(unknown, names), "the enum value");
    }
}
