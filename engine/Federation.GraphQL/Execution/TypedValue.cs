using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution;

/// <summary>
/// A resolver's value together with the object type it is to be completed as: at an interface or union position the
/// executor takes <see cref="Type"/> as the runtime type (spec 6.4.3 ResolveAbstractType) without asking a type
/// resolver, so a resolver that knows the type (such as federation's <c>_entities</c>) needs no side table.
/// Allowed in lists and at object positions (the type must then be that object type).
/// </summary>
public sealed class TypedValue
{
    public TypedValue(ObjectType type, object value)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(value);
        Type = type;
        Value = value;
    }

    /// <summary>The object type the value is completed as; it must be a possible type of the position.</summary>
    public ObjectType Type { get; }

    /// <summary>The value the object's fields are resolved from.</summary>
    public object Value { get; }
}
