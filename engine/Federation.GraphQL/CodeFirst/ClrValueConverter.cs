using System.Collections;
using System.Globalization;

namespace Federation.GraphQL.CodeFirst;

/// <summary>
/// Converts coerced GraphQL input values (int, double, string, bool, enum runtime values, lists and input-object
/// dictionaries) to the CLR type a resolver parameter or input property declares.
/// </summary>
public static class ClrValueConverter
{
    public static T? Convert<T>(object? value) => value is T typed ? typed : (T?)Convert(value, typeof(T));

    public static object? Convert(object? value, Type target)
    {
        if (value is null) return target.IsValueType && Nullable.GetUnderlyingType(target) is null ? Activator.CreateInstance(target) : null;
        if (target.IsInstanceOfType(value)) return value;
        target = Nullable.GetUnderlyingType(target) ?? target;
        if (target.IsInstanceOfType(value)) return value;

        if (target.IsEnum) return value is string name ? Enum.Parse(target, name) : Enum.ToObject(target, value);
        if (target == typeof(string)) return value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value.ToString();
        if (target == typeof(Guid)) return value is string s ? Guid.Parse(s) : throw Unconvertible(value, target);
        if (target == typeof(DateTime) && value is DateTimeOffset offset) return offset.UtcDateTime;
        if (target == typeof(DateTimeOffset) && value is DateTime dateTime) return new DateTimeOffset(dateTime);
        if (target == typeof(DateTimeOffset) && value is string text) return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
        if (value is IConvertible && IsNumeric(target)) return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);

        if (value is IReadOnlyDictionary<string, object?> fields) return InputObjectFactory.For(target).Create(fields);
        if (value is IDictionary<string, object?> mutableFields) return InputObjectFactory.For(target).Create(mutableFields.AsReadOnly());
        if (value is IEnumerable items && ClrTypeShape.TryGetItemType(target, null, out var itemType, out _))
        {
            return ConvertList(items, target, itemType);
        }
        // Spec 3.11: a single value where a list is expected is a list of one.
        if (ClrTypeShape.TryGetItemType(target, null, out var singleItemType, out _))
        {
            return ConvertList(new[] { value }, target, singleItemType);
        }
        throw Unconvertible(value, target);
    }

    private static object ConvertList(IEnumerable items, Type target, Type itemType)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        foreach (var item in items) list.Add(Convert(item, itemType));
        if (target.IsArray)
        {
            var array = Array.CreateInstance(itemType, list.Count);
            list.CopyTo(array, 0);
            return array;
        }
        if (target.IsInstanceOfType(list)) return list;
        // HashSet<T>, ImmutableArray-free collections with an IEnumerable<T> constructor.
        return Activator.CreateInstance(target, list) ?? throw Unconvertible(items, target);
    }

    private static bool IsNumeric(Type type) => Type.GetTypeCode(type) is TypeCode.Byte or TypeCode.SByte or TypeCode.Int16
        or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64 or TypeCode.Single
        or TypeCode.Double or TypeCode.Decimal;

    private static InvalidCastException Unconvertible(object value, Type target)
        => new($"Cannot convert a value of type {value.GetType().Name} to {target.Name}.");
}
