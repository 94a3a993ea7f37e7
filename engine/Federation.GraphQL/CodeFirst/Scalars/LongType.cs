using System.Globalization;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.CodeFirst.Scalars;

/// <summary>Long: a signed 64-bit integer, the scalar HotChocolate maps <see cref="long"/> to.</summary>
public sealed class LongType : ScalarType
{
    public LongType() : base("Long", "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values. Long can represent values between -(2^63) and 2^63 - 1.") { }

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        long l => l,
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        uint u => (long)u,
        ulong u when u <= long.MaxValue => (long)u,
        _ => throw new GraphQLException($"Long cannot represent value: {runtimeValue}"),
    };

    public override object? ParseValue(object? externalValue) => externalValue switch
    {
        long l => l,
        int i => (long)i,
        double d when Math.Floor(d) == d && d >= long.MinValue && d < long.MaxValue => (long)d,
        _ => throw new GraphQLException($"Long cannot represent non-integer value: {Describe(externalValue)}"),
    };

    public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (literal is VariableNode v) return ParseValue(variables?.GetValueOrDefault(v.Name.Value));
        if (literal is IntValueNode i && long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
        throw new GraphQLException($"Long cannot represent non-integer value: {literal.Kind}");
    }

    public override IValueNode? ValueToLiteral(object? externalValue) => externalValue switch
    {
        long l => new IntValueNode(l.ToString(CultureInfo.InvariantCulture)),
        int i => new IntValueNode(i.ToString(CultureInfo.InvariantCulture)),
        null => NullValueNode.Default,
        _ => null,
    };

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
