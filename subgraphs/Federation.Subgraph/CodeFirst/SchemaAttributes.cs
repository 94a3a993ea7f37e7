namespace Federation.Subgraph;

/// <summary><c>@interfaceObject</c> (v2.3+): this object type stands for an entity interface of another subgraph; it needs a <c>[Key]</c>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
public sealed class InterfaceObjectAttribute : Attribute;

/// <summary><c>@extends</c>: the type extends a type defined by another subgraph (the Federation 1 style of <c>extend type</c>).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface)]
public sealed class ExtendsAttribute : Attribute;

/// <summary>
/// Schema level, on the query type (v2.1+): links a custom directive's spec and keeps the directive in the supergraph.
/// Prints <c>@link(url: Url, import: ["@name"])</c>, <c>@composeDirective(name: "@name")</c> and the directive's
/// <see cref="Definition"/>; apply the directive with <see cref="DirectiveAttribute"/>.
/// <code>
/// [ComposeDirective("https://myspecs.dev/myDirective/v1.0", "directive @myDirective(a: String!) on FIELD_DEFINITION | OBJECT")]
/// public sealed class Query { ... }
/// </code>
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true)]
public sealed class ComposeDirectiveAttribute(string url, string definition) : Attribute
{
    /// <summary>The URL of the spec that defines the directive, <c>https://host/name/vX.Y</c>.</summary>
    public string Url { get; } = url;

    /// <summary>The directive definition in SDL; its name is the one imported and composed.</summary>
    public string Definition { get; } = definition;
}

/// <summary>
/// Applies a directive written in SDL, e.g. <c>[Directive("@myDirective(a: \"x\")")]</c>: a custom directive declared
/// with <see cref="ComposeDirectiveAttribute"/>. Checked against the directive's definition (name, locations, repeatable).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum | AttributeTargets.Property
    | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field, AllowMultiple = true)]
public sealed class DirectiveAttribute(string sdl) : Attribute
{
    public string Sdl { get; } = sdl;
}
