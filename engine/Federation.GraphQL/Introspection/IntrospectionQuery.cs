namespace Federation.GraphQL.Introspection;

/// <summary>
/// The introspection query that tools send (spec 4.2): the text of graphql-js 17.1.0's <c>getIntrospectionQuery</c>,
/// character for character (its whitespace included), so that a schema introspected by us and by graphql-js-based
/// tools gives the same answer.
/// </summary>
public static class IntrospectionQuery
{
    /// <summary>The query with every spec option on (<see cref="IntrospectionQueryOptions.All"/>).</summary>
    public static string Text { get; } = Create(IntrospectionQueryOptions.All);

    /// <summary>The query with the given options, as <c>getIntrospectionQuery(options)</c> writes it.</summary>
    public static string Create(IntrospectionQueryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var descriptions = options.Descriptions ? "description" : "";
        var specifiedByUrl = options.SpecifiedByUrl ? "specifiedByURL" : "";
        var isRepeatable = options.DirectiveIsRepeatable ? "isRepeatable" : "";
        var schemaDescription = options.SchemaDescription ? descriptions : "";
        var oneOf = options.OneOf ? "isOneOf" : "";
        string Deprecation(string text) => options.InputValueDeprecation ? text : "";
        var includeDeprecated = Deprecation("(includeDeprecated: true)");

        return "\n" + $$"""
                query IntrospectionQuery {
                  __schema {
                    {{schemaDescription}}
                    queryType { name kind }
                    mutationType { name kind }
                    subscriptionType { name kind }
                    types {
                      ...FullType
                    }
                    directives {
                      name
                      {{descriptions}}
                      {{isRepeatable}}
                      {{""}}
                      {{""}}
                      locations
                      args{{includeDeprecated}} {
                        ...InputValue
                      }
                    }
                  }
                }

                fragment FullType on __Type {
                  kind
                  name
                  {{descriptions}}
                  {{specifiedByUrl}}
                  {{oneOf}}
                  fields(includeDeprecated: true) {
                    name
                    {{descriptions}}
                    args{{includeDeprecated}} {
                      ...InputValue
                    }
                    type {
                      ...TypeRef
                    }
                    isDeprecated
                    deprecationReason
                  }
                  inputFields{{includeDeprecated}} {
                    ...InputValue
                  }
                  interfaces {
                    ...TypeRef
                  }
                  enumValues(includeDeprecated: true) {
                    name
                    {{descriptions}}
                    isDeprecated
                    deprecationReason
                  }
                  possibleTypes {
                    ...TypeRef
                  }
                }

                fragment InputValue on __InputValue {
                  name
                  {{descriptions}}
                  type { ...TypeRef }
                  defaultValue
                  {{Deprecation("isDeprecated")}}
                  {{Deprecation("deprecationReason")}}
                }

                fragment TypeRef on __Type {
                  kind
                  name{{OfType(9, "      ")}}
                }
            """ + "\n  ";
    }

    // graphql-js nests `ofType { name kind }` typeDepth (9) levels deep, two more spaces per level.
    private static string OfType(int level, string indent)
        => level <= 0 ? "" : $"\n{indent}ofType {{\n{indent}  name\n{indent}  kind{OfType(level - 1, indent + "  ")}\n{indent}}}";
}
