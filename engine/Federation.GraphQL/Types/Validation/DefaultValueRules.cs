using Federation.GraphQL.Language;
using Federation.GraphQL.Utilities;

namespace Federation.GraphQL.Types;

/// <summary>
/// Checks that a default value literal is valid for its type (graphql-js validateDefaultValue with
/// validateInputLiteral, static: variables are not allowed and are skipped).
/// </summary>
internal static class DefaultValueRules
{
    public static void Validate(List<GraphQLError> errors, string label, InputValue value)
    {
        if (value.DefaultValue is not { } literal) return;
        var found = new List<(GraphQLError Error, List<object> Path)>();
        Check(literal, value.Type, found, []);
        foreach (var (error, path) in found)
        {
            var at = path.Count == 0 ? "" : " at " + string.Concat(path.Select(k => k is int i ? $"[{i}]" : $".{k}"));
            var locations = error.Locations ?? GraphQLError.At("", value.SyntaxNode?.DefaultValue as SyntaxNode).Locations;
            errors.Add(new GraphQLError($"{label} has invalid default value{at}: {error.Message}", locations));
        }
    }

    private static void Check(IValueNode node, GraphQLType type, List<(GraphQLError, List<object>)> found, List<object> path)
    {
        if (node is VariableNode) return;
        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode)
            {
                Report(found, $"Expected value of non-null type \"{type}\" not to be null.", node, path);
                return;
            }
            Check(node, nonNull.OfType, found, path);
            return;
        }
        if (node is NullValueNode) return;
        switch (type)
        {
            case ListType list:
                if (node is ListValueNode items)
                {
                    for (var i = 0; i < items.Items.Count; i++) Check(items.Items[i], list.OfType, found, [.. path, i]);
                }
                else
                {
                    Check(node, list.OfType, found, path);
                }
                break;
            case InputObjectType input:
                CheckObject(node, input, found, path);
                break;
            case EnumType enumType:
                if (node is not EnumValueNode enumNode)
                {
                    var text = Print(node);
                    Report(found, $"Enum \"{enumType.Name}\" cannot represent non-enum value: {text}." + EnumSuggestion(enumType, text), node, path);
                }
                else if (enumType.GetValue(enumNode.Value) is null)
                {
                    Report(found, $"Value \"{enumNode.Value}\" does not exist in \"{enumType.Name}\" enum." + EnumSuggestion(enumType, enumNode.Value), node, path);
                }
                break;
            case ScalarType scalar:
                try
                {
                    scalar.ParseLiteral(node);
                }
                catch (GraphQLException ex)
                {
                    var error = ex.Errors[0];
                    found.Add((error.Locations is null ? GraphQLError.At(error.Message, node as SyntaxNode) : error, path));
                }
                catch (Exception ex)
                {
                    Report(found, $"Expected value of type \"{scalar.Name}\", but encountered error \"{ex.Message}\"; found: {Print(node)}.", node, path);
                }
                break;
        }
    }

    private static void CheckObject(IValueNode node, InputObjectType type, List<(GraphQLError, List<object>)> found, List<object> path)
    {
        if (node is not ObjectValueNode obj)
        {
            Report(found, $"Expected value of type \"{type.Name}\" to be an object, found: {Print(node)}.", node, path);
            return;
        }
        foreach (var field in type.Fields)
        {
            var fieldNode = obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (fieldNode is null)
            {
                if (SchemaValidator.IsRequired(field))
                {
                    Report(found, $"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Print(node)}.", node, path);
                }
                continue;
            }
            Check(fieldNode.Value, field.Type, found, [.. path, field.Name]);
        }
        var known = new List<ObjectFieldNode>();
        foreach (var fieldNode in obj.Fields)
        {
            if (type.Fields.Contains(fieldNode.Name.Value)) { known.Add(fieldNode); continue; }
            var suggestion = Suggestions.DidYouMean(Suggestions.List(fieldNode.Name.Value, type.Fields.Select(f => f.Name)));
            var text = suggestion.Length > 0 ? $".{suggestion} Found" : ", found";
            Report(found, $"Expected value of type \"{type.Name}\" not to include unknown field \"{fieldNode.Name.Value}\"{text}: {Print(node)}.", fieldNode, path);
        }
        if (type.IsOneOf)
        {
            var message = $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.";
            if (known.Count != 1) Report(found, message, node, path);
            else if (known[0].Value is NullValueNode) Report(found, message, node, [.. path, known[0].Name.Value]);
        }
    }

    private static string EnumSuggestion(EnumType type, string input)
        => Suggestions.DidYouMean(Suggestions.List(input, type.Values.Select(v => v.Name)), "the enum value");

    private static void Report(List<(GraphQLError, List<object>)> found, string message, object node, List<object> path)
        => found.Add((GraphQLError.At(message, node as SyntaxNode), path));

    private static string Print(IValueNode node) => Printer.Print((SyntaxNode)node);
}
