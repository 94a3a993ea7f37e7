using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using Federation.GraphQL.Language;
using Federation.GraphQL.Execution;
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
        => TrySerialize(runtimeValue, out var result, out var error) ? result : throw Fail(error);

    public override bool TrySerialize(object? runtimeValue, out object? result, [NotNullWhen(false)] out string? error)
    {
        result = null;
        error = null;
        switch (runtimeValue)
        {
            case bool b:
                result = Boxes.Box(b ? 1 : 0);
                return true;
            case string s:
                var parsed = s.Length == 0 ? double.NaN : ParseJsNumber(s);
                if (!IsInteger(parsed)) error = $"Int cannot represent non-integer value: {Inspect.Value(s)}";
                else if (parsed is > MaxValue or < MinValue) error = $"Int cannot represent non 32-bit signed integer value: {Inspect.Value(s)}";
                else result = (int)parsed;
                return error is null;
        }
        if (TryCoerceNumber(runtimeValue, out var number, out error))
        {
            if (error is null) result = number;
            return error is null;
        }
        error = $"Int cannot represent non-integer value: {Inspect.Value(runtimeValue)}";
        return false;
    }

    public override object? ParseValue(object? externalValue)
    {
        if (TryCoerceNumber(externalValue, out var result, out var error)) return error is null ? result : throw Fail(error);
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

    // Numbers (true): integers in range pass; fractions and out-of-range values set graphql-js's message.
    private static bool TryCoerceNumber(object? value, out int result, out string? error)
    {
        result = 0;
        error = null;
        if (value is int i) { result = i; return true; }
        if (TryGetInteger(value, out var big))
        {
            if (big > MaxValue || big < MinValue) error = $"Int cannot represent non 32-bit signed integer value: {big.ToString(CultureInfo.InvariantCulture)}";
            else result = (int)big;
            return true;
        }
        if (TryGetFloat(value, out var d))
        {
            if (!IsInteger(d)) error = $"Int cannot represent non-integer value: {Inspect.Number(d)}";
            else if (d is > MaxValue or < MinValue) error = $"Int cannot represent non 32-bit signed integer value: {Inspect.Number(d)}";
            else result = (int)d;
            return true;
        }
        return false;
    }
}
