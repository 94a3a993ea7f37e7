namespace Federation.Subgraph;

// Contexts (federation directives reference, "Saving and referencing data with contexts"), federation v2.8+.

/// <summary><c>@context(name:)</c>: the type (object, interface or union) sets a named context; repeatable. Names have no underscore.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = true)]
public sealed class ContextAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>
/// <c>@fromContext(field:)</c> on a field argument (a method parameter): the router fills it from a context, e.g.
/// <c>"$userContext { currency { isoCode } }"</c>. The argument must be nullable.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class FromContextAttribute(string field) : Attribute
{
    public string Field { get; } = field;
}
