using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution.Coercion;

/// <summary>
/// Coerces value literals of the document (with the coerced variables they reference) to an input type (spec 3.10, 3.11,
/// 6.4.1). A false result stands for graphql-js's undefined: invalid, or a variable that was not provided.
/// </summary>
internal static class InputLiteralCoercion
{
    public static bool TryCoerce(IValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? result)
    {
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out result))
            {
                result = null;
                return false;
            }
            return result is not null || type is not NonNullType;
        }
        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode)
            {
                result = null;
                return false;
            }
            return TryCoerce(node, nonNull.OfType, variables, out result);
        }
        if (node is NullValueNode)
        {
            result = null;
            return true;
        }
        switch (type)
        {
            case ListType list:
                if (node is not ListValueNode listNode)
                {
                    if (!TryCoerce(node, list.OfType, variables, out var single))
                    {
                        result = null;
                        return false;
                    }
                    result = new object?[] { single };
                    return true;
                }
                var items = new object?[listNode.Items.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    var itemNode = listNode.Items[i];
                    if (!TryCoerce(itemNode, list.OfType, variables, out var item))
                    {
                        // A missing or null variable in a nullable item position becomes null.
                        if (itemNode is VariableNode v && list.OfType is not NonNullType
                            && (variables is null || !variables.TryGetValue(v.Name.Value, out var vv) || vv is null))
                        {
                            item = null;
                        }
                        else
                        {
                            result = null;
                            return false;
                        }
                    }
                    items[i] = item;
                }
                result = items;
                return true;
            case InputObjectType inputType:
                return TryCoerceObject(node, inputType, variables, out result);
            default:
                return LeafCoercion.TryCoerceLiteral((NamedType)type, node, variables, out result);
        }
    }

    private static bool TryCoerceObject(IValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? result)
    {
        result = null;
        if (node is not ObjectValueNode objectNode) return false;
        foreach (var f in objectNode.Fields)
        {
            if (!type.Fields.Contains(f.Name.Value)) return false;
        }
        var coerced = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var fieldNode = Find(objectNode, field.Name);
            if (fieldNode is null || (fieldNode.Value is VariableNode v && IsMissing(v, variables)))
            {
                if (field.Type is NonNullType && !field.HasDefaultValue) return false;
                if (DefaultValues.TryGet(field, out var d)) coerced[field.Name] = d;
                continue;
            }
            if (!TryCoerce(fieldNode.Value, field.Type, variables, out var value)) return false;
            coerced[field.Name] = value;
        }
        if (type.IsOneOf)
        {
            if (objectNode.Fields.Count != 1 || coerced.Count != 1) return false;
            if (objectNode.Fields[0].Value is NullValueNode || coerced.Values.First() is null) return false;
        }
        result = InputObjectMaterializer.Materialize(type, coerced);
        return true;
    }

    /// <summary>Reports why a literal is invalid (graphql-js validateInputLiteral with runtime variables).</summary>
    public static void Validate(IValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables,
        Action<string, IReadOnlyList<object>, SyntaxNode?> onError, List<object>? path = null)
    {
        path ??= [];
        if (node is VariableNode variable)
        {
            if (type is NonNullType)
            {
                object? value = null;
                var present = variables is not null && variables.TryGetValue(variable.Name.Value, out value);
                if (!present)
                {
                    onError($"Expected variable \"${variable.Name.Value}\" provided to type \"{type}\" to provide a runtime value.", path.ToArray(), (SyntaxNode)node);
                }
                else if (value is null)
                {
                    onError($"Expected variable \"${variable.Name.Value}\" provided to non-null type \"{type}\" not to be null.", path.ToArray(), (SyntaxNode)node);
                }
            }
            return;
        }
        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode)
            {
                onError($"Expected value of non-null type \"{type}\" not to be null.", path.ToArray(), (SyntaxNode)node);
                return;
            }
            Validate(node, nonNull.OfType, variables, onError, path);
            return;
        }
        if (node is NullValueNode) return;
        switch (type)
        {
            case ListType list:
                if (node is not ListValueNode listNode)
                {
                    Validate(node, list.OfType, variables, onError, path);
                    return;
                }
                for (var i = 0; i < listNode.Items.Count; i++)
                {
                    path.Add(i);
                    Validate(listNode.Items[i], list.OfType, variables, onError, path);
                    path.RemoveAt(path.Count - 1);
                }
                return;
            case InputObjectType inputType:
                ValidateObject(node, inputType, variables, onError, path);
                return;
            default:
                var message = LeafCoercion.ExplainLiteral((NamedType)type, node, variables);
                if (message is not null) onError(message, path.ToArray(), (SyntaxNode)node);
                return;
        }
    }

    private static void ValidateObject(IValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables,
        Action<string, IReadOnlyList<object>, SyntaxNode?> onError, List<object> path)
    {
        if (node is not ObjectValueNode objectNode)
        {
            onError($"Expected value of type \"{type.Name}\" to be an object, found: {Printer.Print((SyntaxNode)node)}.", path.ToArray(), (SyntaxNode)node);
            return;
        }
        foreach (var field in type.Fields)
        {
            var fieldNode = Find(objectNode, field.Name);
            if (fieldNode is null)
            {
                if (field.Type is NonNullType && !field.HasDefaultValue)
                {
                    onError($"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Printer.Print((SyntaxNode)node)}.", path.ToArray(), (SyntaxNode)node);
                }
                continue;
            }
            if (fieldNode.Value is VariableNode v)
            {
                object? value = null;
                var present = variables is not null && variables.TryGetValue(v.Name.Value, out value);
                if (type.IsOneOf)
                {
                    if (!present)
                    {
                        onError($"Expected variable \"${v.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type.Name}\" to provide a runtime value.", path.ToArray(), (SyntaxNode)node);
                    }
                    else if (value is null)
                    {
                        onError($"Expected variable \"${v.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type.Name}\" not to be null.", path.ToArray(), (SyntaxNode)node);
                    }
                }
                else if (!present && !(field.Type is NonNullType && !field.HasDefaultValue))
                {
                    continue;
                }
            }
            path.Add(field.Name);
            Validate(fieldNode.Value, field.Type, variables, onError, path);
            path.RemoveAt(path.Count - 1);
        }
        var known = new List<ObjectFieldNode>();
        foreach (var f in objectNode.Fields)
        {
            if (!type.Fields.Contains(f.Name.Value))
            {
                var names = new List<string>();
                foreach (var d in type.Fields) names.Add(d.Name);
                var suggestion = Utilities.Suggestions.DidYouMean(Utilities.Suggestions.List(f.Name.Value, names));
                onError($"Expected value of type \"{type.Name}\" not to include unknown field \"{f.Name.Value}\"{(suggestion.Length > 0 ? "." + suggestion + " Found" : ", found")}: {Printer.Print((SyntaxNode)node)}.", path.ToArray(), f);
            }
            else
            {
                known.Add(f);
            }
        }
        if (type.IsOneOf)
        {
            if (known.Count != 1)
            {
                onError(InputValueCoercion.OneOfMessage(type), path.ToArray(), (SyntaxNode)node);
                return;
            }
            if (known[0].Value is NullValueNode)
            {
                path.Add(known[0].Name.Value);
                onError(InputValueCoercion.OneOfMessage(type), path.ToArray(), (SyntaxNode)node);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    private static ObjectFieldNode? Find(ObjectValueNode node, string name)
    {
        foreach (var f in node.Fields)
        {
            if (f.Name.Value == name) return f;
        }
        return null;
    }

    private static bool IsMissing(VariableNode v, IReadOnlyDictionary<string, object?>? variables)
        => variables is null || !variables.ContainsKey(v.Name.Value);
}
