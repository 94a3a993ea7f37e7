using System.Globalization;
using System.Numerics;
using Federation.GraphQL.Language;
using Federation.GraphQL.Utilities;
using static Federation.GraphQL.Types.ScalarCoercion;

namespace Federation.GraphQL.Types;

/// <summary>Int (spec 3.5.1): a signed 32-bit integer.</summary>
public sealed class IntType : ScalarType
{
    public const int MaxValue = int.MaxValue;
    public const int MinValue = int.MinValue;

    public IntType() : base("Int",
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    { }

    public override object? Serialize(object? runtimeValue)
    {
        switch (runtimeValue)
        {
            case bool b: return b ? 1 : 0;
            case string s:
                if (s.Length == 0) throw Fail($"Int cannot represent non-integer value: {Inspect.Value(s)}");
                var parsed = ParseJsNumber(s);
                if (!IsInteger(parsed)) throw Fail($"Int cannot represent non-integer value: {Inspect.Value(s)}");
                if (parsed is > MaxValue or < MinValue) throw Fail($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(s)}");
                return (int)parsed;
        }
        if (TryCoerceNumber(runtimeValue, out var result)) return result;
        throw Fail($"Int cannot represent non-integer value: {Inspect.Value(runtimeValue)}");
    }

    public override object? ParseValue(object? externalValue)
    {
        if (TryCoerceNumber(externalValue, out var result)) return result;
        throw Fail($"Int cannot represent non-integer value: {Inspect.Value(externalValue)}");
    }

    public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (literal is VariableNode v) return ParseValue(Variable(v, variables));
        if (literal is not IntValueNode i) throw Fail($"Int cannot represent non-integer value: {Print(literal)}", literal);
        if (!int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            throw Fail($"Int cannot represent non 32-bit signed integer value: {i.Value}", literal);
        }
        return n;
    }

    public override IValueNode? ValueToLiteral(object? externalValue)
    {
        if (TryGetInteger(externalValue, out var big))
        {
            return big >= MinValue && big <= MaxValue ? new IntValueNode(big.ToString(CultureInfo.InvariantCulture)) : null;
        }
        if (TryGetFloat(externalValue, out var d) && IsInteger(d) && d is >= MinValue and <= MaxValue)
        {
            return new IntValueNode(((int)d).ToString(CultureInfo.InvariantCulture));
        }
        return null;
    }

    // Numbers: integers in range pass; fractions and out-of-range values fail with graphql-js's messages.
    private static bool TryCoerceNumber(object? value, out int result)
    {
        if (value is int i) { result = i; return true; }
        if (TryGetInteger(value, out var big))
        {
            if (big > MaxValue || big < MinValue) throw Fail($"Int cannot represent non 32-bit signed integer value: {big.ToString(CultureInfo.InvariantCulture)}");
            result = (int)big;
            return true;
        }
        if (TryGetFloat(value, out var d))
        {
            if (!IsInteger(d)) throw Fail($"Int cannot represent non-integer value: {Inspect.Number(d)}");
            if (d is > MaxValue or < MinValue) throw Fail($"Int cannot represent non 32-bit signed integer value: {Inspect.Number(d)}");
            result = (int)d;
            return true;
        }
        result = 0;
        return false;
    }
}
