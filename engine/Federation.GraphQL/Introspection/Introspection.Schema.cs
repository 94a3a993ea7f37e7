using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Introspection;

public static partial class Introspection
{
    // Spec 4.2.1 The __Schema Type
    private static void AddSchemaFields()
    {
        AddField(SchemaType, "description", BuiltInTypes.String, Resolve<Schema>(static s => s.Description));
        AddField(SchemaType, "types", NonNullListOfNonNull(TypeType), Resolve<Schema>(static s => s.Types),
            "A list of all types supported by this server.");
        AddField(SchemaType, "queryType", new NonNullType(TypeType), Resolve<Schema>(static s => s.QueryType),
            "The type that query operations will be rooted at.");
        AddField(SchemaType, "mutationType", TypeType, Resolve<Schema>(static s => s.MutationType),
            "If this server supports mutation, the type that mutation operations will be rooted at.");
        AddField(SchemaType, "subscriptionType", TypeType, Resolve<Schema>(static s => s.SubscriptionType),
            "If this server support subscription, the type that subscription operations will be rooted at.");
        var directives = AddField(SchemaType, "directives", NonNullListOfNonNull(DirectiveType),
            Resolve<Schema>(static s => s.Directives),
            "A list of all directives supported by this server.");
        // graphql-js 17 accepts the argument; directive definitions cannot be deprecated in this model, so every
        // directive is listed either way.
        AddIncludeDeprecated(directives);
    }

    // Spec 4.2.7 The __Directive Type
    private static void AddDirectiveFields()
    {
        AddField(DirectiveType, "name", NonNullString, Resolve<DirectiveDefinition>(static d => d.Name));
        AddField(DirectiveType, "description", BuiltInTypes.String, Resolve<DirectiveDefinition>(static d => d.Description));
        AddField(DirectiveType, "isRepeatable", NonNullBoolean, Resolve<DirectiveDefinition>(static d => Boxes.Box(d.IsRepeatable)));
        AddField(DirectiveType, "locations", NonNullListOfNonNull(DirectiveLocationType),
            Resolve<DirectiveDefinition>(static d => d.Locations));
        var args = AddField(DirectiveType, "args", NonNullListOfNonNull(InputValueType),
            Resolve<DirectiveDefinition>(static (d, arguments, _) => WithoutDeprecated(d.Arguments, IncludeDeprecated(arguments))));
        AddIncludeDeprecated(args);
        AddField(DirectiveType, "isDeprecated", NonNullBoolean, Resolve<DirectiveDefinition>(static _ => Boxes.False));
        AddField(DirectiveType, "deprecationReason", BuiltInTypes.String, Resolve<DirectiveDefinition>(static _ => null));
    }

    // Spec 4.2.7 __DirectiveLocation; graphql-js 17 adds FRAGMENT_VARIABLE_DEFINITION and DIRECTIVE_DEFINITION.
    private static EnumType CreateDirectiveLocationType()
    {
        var type = new EnumType("__DirectiveLocation",
            "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");
        void Add(string name, object? runtimeValue, string description)
            => type.Values.Add(new EnumValue(name, runtimeValue, description));

        Add("QUERY", DirectiveLocation.Query, "Location adjacent to a query operation.");
        Add("MUTATION", DirectiveLocation.Mutation, "Location adjacent to a mutation operation.");
        Add("SUBSCRIPTION", DirectiveLocation.Subscription, "Location adjacent to a subscription operation.");
        Add("FIELD", DirectiveLocation.Field, "Location adjacent to a field.");
        Add("FRAGMENT_DEFINITION", DirectiveLocation.FragmentDefinition, "Location adjacent to a fragment definition.");
        Add("FRAGMENT_SPREAD", DirectiveLocation.FragmentSpread, "Location adjacent to a fragment spread.");
        Add("INLINE_FRAGMENT", DirectiveLocation.InlineFragment, "Location adjacent to an inline fragment.");
        Add("VARIABLE_DEFINITION", DirectiveLocation.VariableDefinition, "Location adjacent to an operation variable definition.");
        Add("FRAGMENT_VARIABLE_DEFINITION", LocationOrName("FragmentVariableDefinition", "FRAGMENT_VARIABLE_DEFINITION"), "Location adjacent to a fragment variable definition.");
        Add("SCHEMA", DirectiveLocation.Schema, "Location adjacent to a schema definition.");
        Add("SCALAR", DirectiveLocation.Scalar, "Location adjacent to a scalar definition.");
        Add("OBJECT", DirectiveLocation.Object, "Location adjacent to an object type definition.");
        Add("FIELD_DEFINITION", DirectiveLocation.FieldDefinition, "Location adjacent to a field definition.");
        Add("ARGUMENT_DEFINITION", DirectiveLocation.ArgumentDefinition, "Location adjacent to an argument definition.");
        Add("INTERFACE", DirectiveLocation.Interface, "Location adjacent to an interface definition.");
        Add("UNION", DirectiveLocation.Union, "Location adjacent to a union definition.");
        Add("ENUM", DirectiveLocation.Enum, "Location adjacent to an enum definition.");
        Add("ENUM_VALUE", DirectiveLocation.EnumValue, "Location adjacent to an enum value definition.");
        Add("INPUT_OBJECT", DirectiveLocation.InputObject, "Location adjacent to an input object type definition.");
        Add("INPUT_FIELD_DEFINITION", DirectiveLocation.InputFieldDefinition, "Location adjacent to an input object field definition.");
        Add("DIRECTIVE_DEFINITION", LocationOrName("DirectiveDefinition", "DIRECTIVE_DEFINITION"), "Location adjacent to a directive definition.");
        return type;
    }

    /// <summary>The model's location when the contract has it, else the spec name as the runtime value.</summary>
    private static object LocationOrName(string memberName, string specName)
        => Enum.TryParse<DirectiveLocation>(memberName, out var location) ? location : specName;
}
