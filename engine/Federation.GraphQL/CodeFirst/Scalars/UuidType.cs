using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.CodeFirst.Scalars;

/// <summary>UUID: a <see cref="Guid"/> written as 32 hex digits with hyphens, as HotChocolate maps Guid. Use [ID] to expose a Guid as ID.</summary>
public sealed class UuidType : ScalarType
{
    public UuidType() : base("UUID", "The `UUID` scalar represents a universally unique identifier written as 32 hexadecimal digits separated by hyphens.",
        "https://tools.ietf.org/html/rfc4122") { }

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        Guid g => g.ToString("D"),
        string s when Guid.TryParse(s, out var g) => g.ToString("D"),
        _ => throw new GraphQLException($"UUID cannot represent value: {runtimeValue}"),
    };

    public override object? ParseValue(object? externalValue)
        => externalValue is string s && Guid.TryParse(s, out var g)
            ? g
            : throw new GraphQLException($"UUID cannot represent value: {externalValue}");

    public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (literal is VariableNode v) return ParseValue(variables?.GetValueOrDefault(v.Name.Value));
        if (literal is StringValueNode s && Guid.TryParse(s.Value, out var g)) return g;
        throw new GraphQLException($"UUID cannot represent literal: {literal.Kind}");
    }

    public override IValueNode? ValueToLiteral(object? externalValue) => externalValue switch
    {
        string s when Guid.TryParse(s, out var g) => new StringValueNode(g.ToString("D")),
        Guid g => new StringValueNode(g.ToString("D")),
        null => NullValueNode.Default,
        _ => null,
    };
}
