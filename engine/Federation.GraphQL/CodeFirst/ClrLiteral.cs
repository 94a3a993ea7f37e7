using System.Collections;
using System.Globalization;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.CodeFirst;

/// <summary>A CLR default value (C# parameter default or [DefaultValue]) as a GraphQL literal of the given type.</summary>
internal static class ClrLiteral
{
    public static IValueNode From(object? value, GraphQLType type)
    {
        if (value is null or DBNull) return NullValueNode.Default;
        var nullable = type.NullableType();
        if (nullable is ListType list)
        {
            if (value is IEnumerable items and not string)
            {
                var nodes = new List<IValueNode>();
                foreach (var item in items) nodes.Add(From(item, list.OfType));
                return new ListValueNode(nodes);
            }
            return From(value, list.OfType);
        }
        return nullable switch
        {
            EnumType e => new EnumValueNode(e.GetValueByRuntimeValue(value)?.Name
                ?? throw new ArgumentException($"{value} is not a value of enum {e.Name}.")),
            InputObjectType input => FromObject(value, input),
            _ => FromScalar(value),
        };
    }

    private static IValueNode FromScalar(object value) => value switch
    {
        bool b => new BooleanValueNode(b),
        string s => new StringValueNode(s),
        byte or sbyte or short or ushort or int or uint or long or ulong
            => new IntValueNode(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture)),
        float or double or decimal => FromFloat(System.Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        Guid g => new StringValueNode(g.ToString("D")),
        Enum e => new EnumValueNode(NamingConventions.EnumValueName(e.ToString())),
        _ => new StringValueNode(System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    // graphql-js prints whole floats without a fraction (astFromValue gives an IntValue for 2.0).
    private static IValueNode FromFloat(double d)
    {
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return Math.Floor(d) == d && !text.Contains('E') ? new IntValueNode(text) : new FloatValueNode(text);
    }

    private static ObjectValueNode FromObject(object value, InputObjectType type)
    {
        var fields = new List<ObjectFieldNode>();
        foreach (var field in type.Fields)
        {
            var property = value.GetType().GetProperties().FirstOrDefault(p => NamingConventions.FieldName(p) == field.Name);
            if (property is null) continue;
            fields.Add(new ObjectFieldNode(new NameNode(field.Name), From(property.GetValue(value), field.Type)));
        }
        return new ObjectValueNode(fields);
    }
}
