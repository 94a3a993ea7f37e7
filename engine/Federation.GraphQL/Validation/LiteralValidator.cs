using Federation.GraphQL.Utilities;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Validation;

/// <summary>
/// Checks a literal against an input type without coercing it (graphql-js validateInputLiteral, static mode):
/// variables are accepted anywhere, leaves are checked by their scalar's ParseLiteral or the enum's values.
/// </summary>
public static class LiteralValidator
{
    public static void Validate(IValueNode value, GraphQLType type, bool hideSuggestions, Action<GraphQLError> onError)
    {
        while (true)
        {
            if (value.Kind == SyntaxKind.Variable) return;
            if (type is NonNullType nonNull)
            {
                if (value.Kind == SyntaxKind.NullValue)
                {
                    onError(At($"Expected value of non-null type \"{type}\" not to be null.", value));
                    return;
                }
                type = nonNull.OfType;
                continue;
            }
            if (value.Kind == SyntaxKind.NullValue) return;
            if (type is ListType list)
            {
                if (value is ListValueNode items)
                {
                    foreach (var item in items.Items) Validate(item, list.OfType, hideSuggestions, onError);
                    return;
                }
                type = list.OfType;
                continue;
            }
            break;
        }
        switch (type)
        {
            case InputObjectType inputObject: ValidateObject(value, inputObject, hideSuggestions, onError); break;
            case EnumType enumType: ValidateEnum(value, enumType, hideSuggestions, onError); break;
            case ScalarType scalar: ValidateScalar(value, scalar, onError); break;
        }
    }

    private static void ValidateObject(IValueNode value, InputObjectType type, bool hideSuggestions, Action<GraphQLError> onError)
    {
        if (value is not ObjectValueNode objectValue)
        {
            onError(At($"Expected value of type \"{type.Name}\" to be an object, found: {Print(value)}.", value));
            return;
        }
        foreach (var field in type.Fields)
        {
            var fieldNode = FindLast(objectValue, field.Name);
            if (fieldNode is null)
            {
                if (field.IsRequired())
                {
                    onError(At($"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Print(value)}.", value));
                }
                continue;
            }
            Validate(fieldNode.Value, field.Type, hideSuggestions, onError);
        }
        ObjectFieldNode? onlyKnown = null;
        var knownCount = 0;
        foreach (var fieldNode in objectValue.Fields)
        {
            var fieldName = fieldNode.Name.Value;
            if (type.Fields.Contains(fieldName))
            {
                knownCount++;
                onlyKnown ??= fieldNode;
                continue;
            }
            var suggestion = string.Empty;
            if (!hideSuggestions)
            {
                var names = new List<string>(type.Fields.Count);
                foreach (var f in type.Fields) names.Add(f.Name);
                suggestion = Suggestions.DidYouMean(Suggestions.List(fieldName, names));
            }
            onError(At($"Expected value of type \"{type.Name}\" not to include unknown field \"{fieldName}\""
                + (suggestion.Length > 0 ? "." + suggestion + " Found" : ", found") + $": {Print(value)}.", fieldNode));
        }
        if (type.IsOneOf && (knownCount != 1 || onlyKnown!.Value.Kind == SyntaxKind.NullValue))
        {
            onError(At($"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.", value));
        }
    }

    private static ObjectFieldNode? FindLast(ObjectValueNode value, string name)
    {
        var fields = value.Fields;
        for (var i = fields.Count - 1; i >= 0; i--)
        {
            if (fields[i].Name.Value == name) return fields[i];
        }
        return null;
    }

    private static void ValidateEnum(IValueNode value, EnumType type, bool hideSuggestions, Action<GraphQLError> onError)
    {
        if (value is EnumValueNode enumValue)
        {
            if (type.GetValue(enumValue.Value) is not null) return;
            onError(At($"Value \"{enumValue.Value}\" does not exist in \"{type.Name}\" enum." + EnumSuggestion(type, enumValue.Value, hideSuggestions), value));
            return;
        }
        var printed = Print(value);
        onError(At($"Enum \"{type.Name}\" cannot represent non-enum value: {printed}." + EnumSuggestion(type, printed, hideSuggestions), value));
    }

    private static string EnumSuggestion(EnumType type, string input, bool hideSuggestions)
    {
        if (hideSuggestions) return string.Empty;
        var names = new List<string>(type.Values.Count);
        foreach (var v in type.Values) names.Add(v.Name);
        return Suggestions.DidYouMean(Suggestions.List(input, names), "the enum value");
    }

    private static void ValidateScalar(IValueNode value, ScalarType type, Action<GraphQLError> onError)
    {
        try
        {
            type.ParseLiteral(value);
        }
        catch (GraphQLException exception)
        {
            foreach (var error in exception.Errors)
            {
                onError(error.Locations is { Count: > 0 } ? error : At(error.Message, value));
            }
        }
        catch (Exception exception) when (exception is not ValidationAbortedException)
        {
            onError(At($"Expected value of type \"{type.Name}\", but encountered error \"{exception.Message}\"; found: {Print(value)}.", value));
        }
    }

    private static GraphQLError At(string message, IValueNode node) => GraphQLError.At(message, (SyntaxNode)node);

    private static GraphQLError At(string message, SyntaxNode node) => GraphQLError.At(message, node);

    private static string Print(IValueNode value) => Printer.Print((SyntaxNode)value);
}
