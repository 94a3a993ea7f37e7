using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using Federation.GraphQL.Language;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Utilities;
using static Federation.GraphQL.Types.ScalarCoercion;

namespace Federation.GraphQL.Types;

/// <summary>Float (spec 3.5.2): a finite IEEE 754 double.</summary>
public sealed class FloatType : ScalarType
{
    public FloatType() : base("Float",
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
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
                result = b ? 1d : 0d;
                return true;
            case string s:
                var parsed = s.Length == 0 ? double.NaN : ParseJsNumber(s);
                if (!double.IsFinite(parsed)) error = $"Float cannot represent non numeric value: {Inspect.Value(s)}";
                else result = parsed;
                return error is null;
        }
        if (TryCoerceNumber(runtimeValue, out var number, out error))
        {
            if (error is null) result = number;
            return error is null;
        }
        error = $"Float cannot represent non numeric value: {Inspect.Value(runtimeValue)}";
        return false;
    }

    public override object? ParseValue(object? externalValue)
    {
        if (TryCoerceNumber(externalValue, out var result, out var error)) return error is null ? result : throw Fail(error);
        throw Fail($"Float cannot represent non numeric value: {Inspect.Value(externalValue)}");
    }

    public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        switch (literal)
        {
            case VariableNode v: return ParseValue(Variable(v, variables));
            case FloatValueNode f: return double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case IntValueNode i: return double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            default: throw Fail($"Float cannot represent non numeric value: {Print(literal)}", literal);
        }
    }

    public override IValueNode? ValueToLiteral(object? externalValue)
    {
        if (TryGetInteger(externalValue, out var big)) return new IntValueNode(big.ToString(CultureInfo.InvariantCulture));
        if (TryGetFloat(externalValue, out var d)) return NumberLiteral(d);
        return null;
    }

    /// <summary>An Int literal when the number prints as an integer in JavaScript, else a Float literal; null for NaN and infinities.</summary>
    internal static IValueNode? NumberLiteral(double d)
    {
        if (!double.IsFinite(d)) return null;
        var text = Inspect.Number(d);
        return IsIntegerString(text) ? new IntValueNode(text) : new FloatValueNode(text);
    }

    // Numbers (true): finite values pass; others set graphql-js's message.
    private static bool TryCoerceNumber(object? value, out double result, out string? error)
    {
        result = 0;
        error = null;
        if (value is double d0 && double.IsFinite(d0)) { result = d0; return true; }
        if (value is not BigInteger && TryGetInteger(value, out var small))
        {
            // JSON numbers reach JavaScript as doubles already: no precision check, as graphql-js.
            result = (double)small;
            return true;
        }
        if (value is BigInteger big)
        {
            result = (double)big;
            if (!double.IsFinite(result)) error = $"Float cannot represent non numeric value: {big} (value is too large)";
            else if (new BigInteger(result) != big) error = $"Float cannot represent non numeric value: {big} (value would lose precision)";
            return true;
        }
        if (TryGetFloat(value, out var d))
        {
            if (!double.IsFinite(d)) error = $"Float cannot represent non numeric value: {Inspect.Number(d)}";
            else result = d;
            return true;
        }
        return false;
    }
}
