using System.Diagnostics.CodeAnalysis;
using Federation.GraphQL.Language;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Utilities;
using static Federation.GraphQL.Types.ScalarCoercion;

namespace Federation.GraphQL.Types;

/// <summary>String (spec 3.5.3): UTF-8 text.</summary>
public sealed class StringType : ScalarType
{
    public StringType() : base("String",
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    { }

    public override object? Serialize(object? runtimeValue)
        => TrySerialize(runtimeValue, out var result, out var error) ? result : throw Fail(error);

    public override bool TrySerialize(object? runtimeValue, out object? result, [NotNullWhen(false)] out string? error)
    {
        error = null;
        switch (runtimeValue)
        {
            case string s: result = s; return true;
            case bool b: result = b ? "true" : "false"; return true;
            case char c: result = c.ToString(); return true;
        }
        result = null;
        if (TryGetInteger(runtimeValue, out var big)) result = big.ToString(System.Globalization.CultureInfo.InvariantCulture);
        else if (TryGetFloat(runtimeValue, out var d))
        {
            if (double.IsFinite(d)) result = Inspect.Number(d);
            else error = $"String cannot represent value: {Inspect.Number(d)}";
        }
        else error = $"String cannot represent value: {Inspect.Value(runtimeValue)}";
        return error is null;
    }

    public override object? ParseValue(object? externalValue)
        => externalValue as string ?? throw Fail($"String cannot represent a non string value: {Inspect.Value(externalValue)}");

    public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) => literal switch
    {
        StringValueNode s => s.Value,
        VariableNode v => ParseValue(Variable(v, variables)),
        _ => throw Fail($"String cannot represent a non string value: {Print(literal)}", literal),
    };

    public override IValueNode? ValueToLiteral(object? externalValue)
        => externalValue is string s ? new StringValueNode(s) : null;
}
