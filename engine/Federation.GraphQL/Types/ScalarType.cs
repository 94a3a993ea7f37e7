using System.Diagnostics.CodeAnalysis;
using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>
/// A scalar (spec 3.5). Input values from variables arrive as the plain .NET graph the transport decoded JSON into:
/// null, bool, string, long or double (integers that fit in long are long), IReadOnlyList&lt;object?&gt; and
/// IReadOnlyDictionary&lt;string, object?&gt;.
/// Failures throw <see cref="GraphQLException"/> with a graphql-js style message.
/// </summary>
public abstract class ScalarType : NamedType
{
    protected ScalarType(string name, string? description = null, string? specifiedByUrl = null) : base(name, description)
        => SpecifiedByUrl = specifiedByUrl;

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of @specifiedBy, if any (spec 3.13.4).</summary>
    public string? SpecifiedByUrl { get; set { Frozen.Check(IsFrozen); field = value; } }

    /// <summary>Result coercion (spec 3.5): a resolver's value to a value that can be written as JSON.</summary>
    public abstract object? Serialize(object? runtimeValue);

    /// <summary>
    /// Result coercion that reports an invalid value as <paramref name="error"/> instead of throwing (the executor's
    /// path: a list of invalid values is not one exception per item). The default calls <see cref="Serialize"/>.
    /// </summary>
    public virtual bool TrySerialize(object? runtimeValue, out object? result, [NotNullWhen(false)] out string? error)
    {
        result = Serialize(runtimeValue);
        error = null;
        return true;
    }

    /// <summary>Input coercion of a value supplied through variables (JSON).</summary>
    public abstract object? ParseValue(object? externalValue);

    /// <summary>Input coercion of a literal in the document. Variables inside complex literals are looked up in <paramref name="variables"/>.</summary>
    public abstract object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null);

    /// <summary>The literal that represents an external (JSON-shaped) value; null if it cannot be represented.</summary>
    public abstract IValueNode? ValueToLiteral(object? externalValue);
}
