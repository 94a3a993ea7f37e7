namespace Federation.GraphQL.CodeFirst;

/// <summary>
/// Marks a class whose public members add fields to another object type (HotChocolate's type extensions):
/// <c>[ExtendObjectType("Query")]</c>, <c>[ExtendObjectType(typeof(Book))]</c> or <c>[ExtendObjectType&lt;Book&gt;]</c>.
/// Register it with <c>AddTypeExtension&lt;T&gt;()</c>. Instance members run on an instance from the request's services
/// (else a new one); a <c>[Parent] T</c> parameter receives the extended object.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public class ExtendObjectTypeAttribute : Attribute
{
    public ExtendObjectTypeAttribute(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    public ExtendObjectTypeAttribute(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        ExtendsType = type;
    }

    /// <summary>The GraphQL name of the extended type (when given by name).</summary>
    public string? Name { get; }

    /// <summary>The C# type of the extended type (when given by type).</summary>
    public Type? ExtendsType { get; }
}

/// <summary>Extends the object type of <typeparamref name="T"/>: <c>[ExtendObjectType&lt;Book&gt;]</c>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ExtendObjectTypeAttribute<T> : ExtendObjectTypeAttribute
{
    public ExtendObjectTypeAttribute() : base(typeof(T)) { }
}
