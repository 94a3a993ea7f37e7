using System.Diagnostics.CodeAnalysis;
using Federation.GraphQL.Language;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Utilities;
using static Federation.GraphQL.Types.ScalarCoercion;

namespace Federation.GraphQL.Types;

/// <summary>Boolean (spec 3.5.4): true or false.</summary>
public sealed class BooleanType : ScalarType
{
    public BooleanType() : base("Boolean", "The `Boolean` scalar type represents `true` or `false`.") { }

    public override object? Serialize(object? runtimeValue)
        => TrySerialize(runtimeValue, out var result, out var error) ? result : throw Fail(error);

    public override bool TrySerialize(object? runtimeValue, out object? result, [NotNullWhen(false)] out string? error)
    {
        result = null;
        error = null;
        if (runtimeValue is bool b) result = Boxes.Box(b);
        else if (TryGetInteger(runtimeValue, out var big)) result = Boxes.Box(!big.IsZero);
        else if (!TryGetFloat(runtimeValue, out var d)) error = $"Boolean cannot represent a non boolean value: {Inspect.Value(runtimeValue)}";
        else if (!double.IsFinite(d)) error = $"Boolean cannot represent a non boolean value: {Inspect.Number(d)}";
        else result = Boxes.Box(d != 0);
        return error is null;
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
