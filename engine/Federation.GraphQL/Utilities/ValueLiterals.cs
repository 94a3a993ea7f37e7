using System.Collections;
using System.Globalization;
using System.Reflection;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Utilities;

/// <summary>Conversions between runtime values and value literals that do not depend on input coercion.</summary>
public static class ValueLiterals
{
    /// <summary>
    /// The literal for a runtime (internal) value of an input type, graphql-js astFromValue semantics: leaves go through
    /// the type's result coercion (scalar Serialize, enum name of the runtime value); null when the value cannot be
    /// represented (or is null for a non-null type). A null <paramref name="value"/> gives a NullValueNode.
    /// </summary>
    public static IValueNode? ValueToLiteral(object? value, GraphQLType type)
    {
        switch (type)
        {
            case NonNullType nonNull:
                var inner = ValueToLiteral(value, nonNull.OfType);
                return inner is NullValueNode ? null : inner;
            case var _ when value is null:
                return NullValueNode.Default;
            case ListType list:
                if (value is IEnumerable items and not string && !IsMap(value))
                {
                    var nodes = new List<IValueNode>();
                    foreach (var item in items)
                    {
                        if (ValueToLiteral(item, list.OfType) is { } node) nodes.Add(node);
                    }
                    return new ListValueNode(nodes);
                }
                return ValueToLiteral(value, list.OfType);
            case InputObjectType input:
                return InputObjectLiteral(value, input);
            case EnumType enumType:
                var enumValue = enumType.GetValueByRuntimeValue(value)
                    ?? (value is string name ? enumType.GetValue(name) : null);
                return enumValue is null ? null : new EnumValueNode(enumValue.Name);
            case ScalarType scalar:
                return LeafLiteral(scalar.Serialize(value), scalar);
            default:
                throw new InvalidOperationException($"Unexpected input type: {type}.");
        }
    }

    private static IValueNode? LeafLiteral(object? serialized, ScalarType scalar)
    {
        switch (serialized)
        {
            case null: return null;
            case bool b: return new BooleanValueNode(b);
            case string s:
                return scalar.Name == "ID" && ScalarCoercion.IsIntegerString(s) ? new IntValueNode(s) : new StringValueNode(s);
        }
        if (ScalarCoercion.TryGetInteger(serialized, out var big)) return new IntValueNode(big.ToString(CultureInfo.InvariantCulture));
        if (ScalarCoercion.TryGetFloat(serialized, out var d)) return FloatType.NumberLiteral(d);
        // Custom scalars may serialize to structured values.
        return DefaultScalarLiteral(serialized);
    }

    private static IValueNode? InputObjectLiteral(object value, InputObjectType type)
    {
        var fields = new List<ObjectFieldNode>();
        foreach (var field in type.Fields)
        {
            if (!TryGetMember(value, field.Name, out var fieldValue)) continue;
            if (ValueToLiteral(fieldValue, field.Type) is { } node) fields.Add(new ObjectFieldNode(new NameNode(field.Name), node));
        }
        return new ObjectValueNode(fields);
    }

    private static bool IsMap(object value) => value is IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or IDictionary;

    private static bool TryGetMember(object value, string name, out object? member)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map: return map.TryGetValue(name, out member);
            case IDictionary<string, object?> dict: return dict.TryGetValue(name, out member);
        }
        var property = value.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property is not null && property.GetIndexParameters().Length == 0)
        {
            member = property.GetValue(value);
            return true;
        }
        member = null;
        return false;
    }

    /// <summary>graphql-js defaultScalarValueToLiteral: the literal shaped like a JSON value.</summary>
    public static IValueNode DefaultScalarLiteral(object? value)
    {
        switch (value)
        {
            case null: return NullValueNode.Default;
            case bool b: return new BooleanValueNode(b);
            case string s: return new StringValueNode(s);
            case IReadOnlyDictionary<string, object?> map: return ObjectLiteral(map);
            case IDictionary<string, object?> dict: return ObjectLiteral(dict);
            case IEnumerable list: return new ListValueNode(list.Cast<object?>().Select(DefaultScalarLiteral).ToList());
        }
        if (ScalarCoercion.TryGetInteger(value, out var big)) return new IntValueNode(big.ToString(CultureInfo.InvariantCulture));
        if (ScalarCoercion.TryGetFloat(value, out var d)) return FloatType.NumberLiteral(d) ?? NullValueNode.Default;
        throw new InvalidOperationException($"Cannot convert value to AST: {Inspect.Value(value)}.");
    }

    private static ObjectValueNode ObjectLiteral(IEnumerable<KeyValuePair<string, object?>> entries)
        => new(entries.Select(kv => new ObjectFieldNode(new NameNode(kv.Key), DefaultScalarLiteral(kv.Value))).ToList());

    /// <summary>
    /// graphql-js valueFromASTUntyped: the JSON-shaped value of a literal. Ints become long (double when they do not
    /// fit), floats double, enums their name, objects insertion-ordered dictionaries; variables are looked up.
    /// </summary>
    public static object? ValueFromLiteralUntyped(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        switch (literal)
        {
            case NullValueNode: return null;
            case IntValueNode i:
                return long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
                    ? (object)l
                    : double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case FloatValueNode f: return double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case StringValueNode s: return s.Value;
            case BooleanValueNode b: return b.Value;
            case EnumValueNode e: return e.Value;
            case ListValueNode list:
                var items = new List<object?>(list.Items.Count);
                foreach (var item in list.Items) items.Add(ValueFromLiteralUntyped(item, variables));
                return items;
            case ObjectValueNode obj:
                var fields = new Dictionary<string, object?>(obj.Fields.Count, StringComparer.Ordinal);
                foreach (var field in obj.Fields) fields[field.Name.Value] = ValueFromLiteralUntyped(field.Value, variables);
                return fields;
            case VariableNode v:
                return variables is not null && variables.TryGetValue(v.Name.Value, out var value) ? value : null;
            default:
                throw new InvalidOperationException($"Unexpected value node {literal.Kind}.");
        }
    }
}
