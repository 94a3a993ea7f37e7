namespace Federation.GraphQL.Introspection;

/// <summary>
/// The options of graphql-js's <c>getIntrospectionQuery</c> that the spec defines (spec 4.2), with its defaults:
/// descriptions on, everything else off. (graphql-js's experimental directive deprecation is not in the spec, and the
/// ofType depth stays at its default of 9.)
/// </summary>
public sealed record IntrospectionQueryOptions
{
    /// <summary><c>description</c> on types, fields, arguments, enum values and directives.</summary>
    public bool Descriptions { get; init; } = true;

    /// <summary><c>specifiedByURL</c> on scalar types.</summary>
    public bool SpecifiedByUrl { get; init; }

    /// <summary><c>isRepeatable</c> on directives.</summary>
    public bool DirectiveIsRepeatable { get; init; }

    /// <summary><c>description</c> on <c>__schema</c> (only with <see cref="Descriptions"/>).</summary>
    public bool SchemaDescription { get; init; }

    /// <summary><c>includeDeprecated: true</c> on arguments and input fields, and their deprecation fields.</summary>
    public bool InputValueDeprecation { get; init; }

    /// <summary><c>isOneOf</c> on input object types.</summary>
    public bool OneOf { get; init; }

    /// <summary>Every option on: what <see cref="IntrospectionQuery.Text"/> asks for.</summary>
    public static IntrospectionQueryOptions All { get; } = new()
    {
        SpecifiedByUrl = true,
        DirectiveIsRepeatable = true,
        SchemaDescription = true,
        InputValueDeprecation = true,
        OneOf = true,
    };
}
