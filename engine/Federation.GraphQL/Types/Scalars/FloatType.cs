using System.Globalization;
using System.Numerics;
using Federation.GraphQL.Language;
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
    {
        switch (runtimeValue)
        {
            case bool b: return b ? 1d : 0d;
            case string s:
                var parsed = s.Length == 0 ? double.NaN : ParseJsNumber(s);
                if (!double.IsFinite(parsed)) throw Fail($"Float cannot represent non numeric value: {Inspect.Value(s)}");
                return parsed;
        }
        if (TryCoerceNumber(runtimeValue, out var result)) return result;
        throw Fail($"Float cannot represent non numeric value: {Inspect.Value(runtimeValue)}");
    }

    public override object? ParseValue(object? externalValue)
    {
        if (TryCoerceNumber(externalValue, out var result)) return result;
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

    private static bool TryCoerceNumber(object? value, out double result)
    {
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
            if (!double.IsFinite(result)) throw Fail($"Float cannot represent non numeric value: {big} (value is too large)");
            if (new BigInteger(result) != big) throw Fail($"Float cannot represent non numeric value: {big} (value would lose precision)");
            return true;
        }
        if (TryGetFloat(value, out var d))
        {
            if (!double.IsFinite(d)) throw Fail($"Float cannot represent non numeric value: {Inspect.Number(d)}");
            result = d;
            return true;
        }
        result = 0;
        return false;
    }
}
