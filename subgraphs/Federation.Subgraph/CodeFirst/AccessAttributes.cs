namespace Federation.Subgraph;

// Access control directives (federation directives reference, "Controlling access"): @authenticated and
// @requiresScopes from v2.5, @policy from v2.6; on fields, object types, interfaces and enums.

/// <summary><c>@authenticated</c>: only authenticated requests may access the element.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum
    | AttributeTargets.Property | AttributeTargets.Method)]
public sealed class AuthenticatedAttribute : Attribute;

/// <summary>
/// <c>@requiresScopes(scopes:)</c>: one attribute is one group of scopes that are all required (AND); several
/// attributes on the same element are alternatives (OR). <c>[RequiresScopes("read:a", "read:b")] [RequiresScopes("admin")]</c>
/// prints <c>@requiresScopes(scopes: [["read:a", "read:b"], ["admin"]])</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum
    | AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequiresScopesAttribute(params string[] scopes) : Attribute
{
    public IReadOnlyList<string> Scopes { get; } = scopes;
}

/// <summary>
/// <c>@policy(policies:)</c>: one attribute is one group of policies that must all pass (AND); several attributes on
/// the same element are alternatives (OR), as with <see cref="RequiresScopesAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum
    | AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = true)]
public sealed class PolicyAttribute(params string[] policies) : Attribute
{
    public IReadOnlyList<string> Policies { get; } = policies;
}
