using Federation.GraphQL.Language;
using Federation.GraphQL.Utilities;
using static Federation.GraphQL.Types.ScalarCoercion;

namespace Federation.GraphQL.Types;

/// <summary>Boolean (spec 3.5.4): true or false.</summary>
public sealed class BooleanType : ScalarType
{
    public BooleanType() : base("Boolean", "The `Boolean` scalar type represents `true` or `false`.") { }

    public override object? Serialize(object? runtimeValue)
    {
        if (runtimeValue is bool b) return b;
        if (TryGetInteger(runtimeValue, out var big)) return !big.IsZero;
        if (TryGetFloat(runtimeValue, out var d))
        {
            if (!double.IsFinite(d)) throw Fail($"Boolean cannot represent a non boolean value: {Inspect.Number(d)}");
            return d != 0;
        }
        throw Fail($"Boolean cannot represent a non boolean value: {Inspect.Value(runtimeValue)}");
    }

    public override object? ParseValue(object? externalValue)
        => externalValue is bool b ? b : throw Fail($"Boolean cannot represent a non boolean value: {Inspect.Value(externalValue)}");

    public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) => literal switch
    {
        BooleanValueNode b => b.Value,
        VariableNode v => ParseValue(Variable(v, variables)),
        _ => throw Fail($"Boolean cannot represent a non boolean value: {Print(literal)}", literal),
    };

    public override IValueNode? ValueToLiteral(object? externalValue)
        => externalValue is bool b ? new BooleanValueNode(b) : null;
}
