using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Introspection;

/// <summary>
/// The introspection system (spec 4): the __Schema, __Type, __Field, __InputValue, __EnumValue, __Directive,
/// __DirectiveLocation and __TypeKind types, and the meta-fields __schema, __type and __typename.
/// The types are shared by every schema; their resolvers read the schema from the resolver context.
/// Descriptions, field order and the extra members of graphql-js 17 (directive deprecation, the
/// FRAGMENT_VARIABLE_DEFINITION and DIRECTIVE_DEFINITION locations) follow graphql-js so that introspection
/// results are identical.
/// </summary>
public static partial class Introspection
{
    private static readonly ObjectType SchemaType = new("__Schema",
        "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");

    private static readonly ObjectType TypeType = new("__Type",
        "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");

    private static readonly ObjectType FieldType = new("__Field",
        "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");

    private static readonly ObjectType InputValueType = new("__InputValue",
        "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");

    private static readonly ObjectType EnumValueType = new("__EnumValue",
        "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");

    private static readonly ObjectType DirectiveType = new("__Directive",
        "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");

    private static readonly EnumType TypeKindType = CreateTypeKindType();

    private static readonly EnumType DirectiveLocationType = CreateDirectiveLocationType();

    static Introspection()
    {
        // Fields are added after every type exists because the types refer to each other.
        AddSchemaFields();
        AddTypeFields();
        AddFieldFields();
        AddInputValueFields();
        AddEnumValueFields();
        AddDirectiveFields();

        SchemaField = new Field("__schema", new NonNullType(SchemaType), "Access the current type schema of this server.")
        {
            Resolver = static ctx => new ValueTask<object?>(ctx.Schema),
        };

        TypeField = new Field("__type", TypeType, "Request the type information of a single type.")
        {
            Resolver = static ctx => new ValueTask<object?>(
                ctx.Arguments.TryGetValue("name", out var name) && name is string s ? ctx.Schema.GetType(s) : null),
        };
        TypeField.Arguments.Add(new InputValue("name", new NonNullType(BuiltInTypes.String)));

        TypeNameField = new Field("__typename", new NonNullType(BuiltInTypes.String), "The name of the current Object type at runtime.")
        {
            Resolver = static ctx => new ValueTask<object?>(ctx.ObjectType.Name),
        };

        // The order graphql-js's type map lists them in (a depth-first walk from __Schema), so that schemas which
        // append these types list them as graphql-js does.
        Types = [SchemaType, TypeType, TypeKindType, FieldType, InputValueType, EnumValueType, DirectiveType, DirectiveLocationType];
    }

    /// <summary>__schema: __Schema! on the query root type.</summary>
    public static Field SchemaField { get; }

    /// <summary>__type(name: String!): __Type on the query root type.</summary>
    public static Field TypeField { get; }

    /// <summary>__typename: String! on every object, interface and union.</summary>
    public static Field TypeNameField { get; }

    /// <summary>
    /// The eight introspection types in the order graphql-js's type map holds them:
    /// __Schema, __Type, __TypeKind, __Field, __InputValue, __EnumValue, __Directive, __DirectiveLocation.
    /// </summary>
    public static IReadOnlyList<NamedType> Types { get; }

    public static bool IsIntrospectionType(string name) => name is "__Schema" or "__Type" or "__Field" or "__InputValue"
        or "__EnumValue" or "__Directive" or "__DirectiveLocation" or "__TypeKind";

    private static ParentValueResolver Resolve<TParent>(Func<TParent, object?> read)
        => new((parent, _, _) => read((TParent)parent!));

    private static ParentValueResolver Resolve<TParent>(Func<TParent, IReadOnlyDictionary<string, object?>, Schema, object?> read)
        => new((parent, arguments, schema) => read((TParent)parent!, arguments, schema));

    private static Field AddField(ComplexType owner, string name, GraphQLType type, ParentValueResolver resolver, string? description = null)
    {
        var field = AddField(owner, name, type, resolver.Resolver, description);
        field.ParentValueResolver = resolver;
        return field;
    }

    private static Field AddField(ComplexType owner, string name, GraphQLType type, FieldResolver resolver, string? description = null)
    {
        var field = new Field(name, type, description) { Resolver = resolver };
        owner.Fields.Add(field);
        return field;
    }

    /// <summary>The <c>includeDeprecated: Boolean! = false</c> argument of graphql-js 17.</summary>
    private static void AddIncludeDeprecated(Field field)
        => field.Arguments.Add(new InputValue("includeDeprecated", new NonNullType(BuiltInTypes.Boolean))
        {
            DefaultValue = new Language.BooleanValueNode(false),
        });

    private static bool IncludeDeprecated(IReadOnlyDictionary<string, object?> arguments)
        => arguments.TryGetValue("includeDeprecated", out var value) && value is true;

    private static GraphQLType ListOfNonNull(NamedType type) => new ListType(new NonNullType(type));

    private static GraphQLType NonNullListOfNonNull(NamedType type) => new NonNullType(ListOfNonNull(type));

    private static readonly GraphQLType NonNullString = new NonNullType(BuiltInTypes.String);

    private static readonly GraphQLType NonNullBoolean = new NonNullType(BuiltInTypes.Boolean);
}
