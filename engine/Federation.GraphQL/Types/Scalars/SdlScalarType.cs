using Federation.GraphQL.Language;
using Federation.GraphQL.Utilities;

namespace Federation.GraphQL.Types;

/// <summary>
/// A scalar declared in SDL with no implementation bound to it. Behaves as graphql-js's default scalar: values pass
/// through unchanged, a literal becomes its untyped JSON-shaped value (variables substituted).
/// </summary>
public sealed class SdlScalarType : ScalarType
{
    public SdlScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description, specifiedByUrl) { }

    public override object? Serialize(object? runtimeValue) => runtimeValue;

    public override object? ParseValue(object? externalValue) => externalValue;

    public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
        => ValueLiterals.ValueFromLiteralUntyped(literal, variables);

    public override IValueNode? ValueToLiteral(object? externalValue) => ValueLiterals.DefaultScalarLiteral(externalValue);
}
