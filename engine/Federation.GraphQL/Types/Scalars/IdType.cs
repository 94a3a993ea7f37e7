using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Federation.GraphQL.Language;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Utilities;
using static Federation.GraphQL.Types.ScalarCoercion;

namespace Federation.GraphQL.Types;

/// <summary>ID (spec 3.5.5): a unique identifier serialized as a string; accepts strings and integers as input.</summary>
public sealed class IdType : ScalarType
{
    public IdType() : base("ID",
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    { }

    public override object? Serialize(object? runtimeValue)
        => TrySerialize(runtimeValue, out var result, out var error) ? result : throw Fail(error);

    public override bool TrySerialize(object? runtimeValue, out object? result, [NotNullWhen(false)] out string? error)
    {
        result = null;
        error = null;
        if (runtimeValue is Guid g) result = g.ToString();
        else if (TryCoerce(runtimeValue, out var id, out error)) result = error is null ? id : null;
        else error = $"ID cannot represent value: {Inspect.Value(runtimeValue)}";
        return error is null;
    }

    public override object? ParseValue(object? externalValue)
    {
        if (TryCoerce(externalValue, out var id, out var error)) return error is null ? id : throw Fail(error);
        throw Fail($"ID cannot represent value: {Inspect.Value(externalValue)}");
    }

    public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        VariableNode v => ParseValue(Variable(v, variables)),
        _ => throw Fail("ID cannot represent a non-string and non-integer value: " + Print(literal), literal),
    };

    public override IValueNode? ValueToLiteral(object? externalValue)
    {
        if (externalValue is string s) return IsIntegerString(s) ? new IntValueNode(s) : new StringValueNode(s);
        if (TryGetInteger(externalValue, out var big)) return new IntValueNode(big.ToString(CultureInfo.InvariantCulture));
        if (TryGetFloat(externalValue, out var d))
        {
            return IsInteger(d) ? new IntValueNode(Inspect.Number(d)) : null;
        }
        return null;
    }

    // Strings and numbers (true): whole numbers pass; fractions set graphql-js's message.
    private static bool TryCoerce(object? value, out string id, out string? error)
    {
        error = null;
        if (value is string s) { id = s; return true; }
        if (TryGetInteger(value, out var big)) { id = big.ToString(CultureInfo.InvariantCulture); return true; }
        if (TryGetFloat(value, out var d))
        {
            id = Inspect.Number(d);
            if (!IsInteger(d)) error = $"ID cannot represent value: {id}";
            return true;
        }
        id = "";
        return false;
    }
}
