using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>The specified scalars (spec 3.5) and directives (spec 3.13), shared by every schema.</summary>
public static class BuiltInTypes
{
    /// <summary>The reason @deprecated carries when none is given.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static IntType Int { get; } = new();
    public static FloatType Float { get; } = new();
    public static StringType String { get; } = new();
    public static BooleanType Boolean { get; } = new();
    public static IdType ID { get; } = new();

    /// <summary>String, Int, Float, Boolean, ID (graphql-js specifiedScalarTypes order).</summary>
    public static IReadOnlyList<ScalarType> Scalars { get; } = [String, Int, Float, Boolean, ID];

    // Spec 3.13.1 @skip, 3.13.2 @include
    public static DirectiveDefinition Include { get; } = Conditional("include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.", "Included when true.");

    public static DirectiveDefinition Skip { get; } = Conditional("skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.", "Skipped when true.");

    // Spec 3.13.3 @deprecated
    public static DirectiveDefinition Deprecated { get; } = CreateDeprecated();

    // Spec 3.13.4 @specifiedBy
    public static DirectiveDefinition SpecifiedBy { get; } = CreateSpecifiedBy();

    // Spec 3.13.5 @oneOf
    public static DirectiveDefinition OneOf { get; } = new("oneOf", [DirectiveLocation.InputObject],
        "Indicates exactly one field must be supplied and this field must not be `null`.");

    /// <summary>include, skip, deprecated, specifiedBy, oneOf (graphql-js specifiedDirectives order).</summary>
    public static IReadOnlyList<DirectiveDefinition> SpecifiedDirectives { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsSpecifiedScalar(string name) => name is "String" or "Int" or "Float" or "Boolean" or "ID";

    public static bool IsSpecifiedDirective(string name) => name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";

    public static ScalarType? GetScalar(string name) => name switch
    {
        "String" => String,
        "Int" => Int,
        "Float" => Float,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };

    private static DirectiveDefinition Conditional(string name, string description, string argumentDescription)
    {
        var directive = new DirectiveDefinition(name,
            [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment], description);
        directive.Arguments.Add(new InputValue("if", new NonNullType(Boolean), argumentDescription));
        return directive;
    }

    private static DirectiveDefinition CreateDeprecated()
    {
        var directive = new DirectiveDefinition("deprecated",
            [
                DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition,
                DirectiveLocation.EnumValue, DirectiveLocation.DirectiveDefinition,
            ],
            "Marks an element of a GraphQL schema as no longer supported.");
        directive.Arguments.Add(new InputValue("reason", new NonNullType(String),
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).")
        {
            DefaultValue = new StringValueNode(DefaultDeprecationReason),
        });
        return directive;
    }

    private static DirectiveDefinition CreateSpecifiedBy()
    {
        var directive = new DirectiveDefinition("specifiedBy", [DirectiveLocation.Scalar],
            "Exposes a URL that specifies the behavior of this scalar.");
        directive.Arguments.Add(new InputValue("url", new NonNullType(String), "The URL that specifies the behavior of this scalar."));
        return directive;
    }
}
