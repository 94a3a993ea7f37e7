using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Introspection;

public static partial class Introspection
{
    // Spec 4.2.2 The __Type Type; the parent is a NamedType, ListType or NonNullType.
    private static void AddTypeFields()
    {
        AddField(TypeType, "kind", new NonNullType(TypeKindType), Resolve<GraphQLType>(static t => TypeKinds[(int)t.Kind]));
        AddField(TypeType, "name", BuiltInTypes.String, Resolve<GraphQLType>(static t => (t as NamedType)?.Name));
        AddField(TypeType, "description", BuiltInTypes.String, Resolve<GraphQLType>(static t => (t as NamedType)?.Description));
        AddField(TypeType, "specifiedByURL", BuiltInTypes.String, Resolve<GraphQLType>(static t => (t as ScalarType)?.SpecifiedByUrl));

        var fields = AddField(TypeType, "fields", ListOfNonNull(FieldType), Resolve<GraphQLType>(static (t, arguments, _) =>
            t is ComplexType complex ? WithoutDeprecated(complex.Fields, IncludeDeprecated(arguments)) : null));
        AddIncludeDeprecated(fields);

        AddField(TypeType, "interfaces", ListOfNonNull(TypeType), Resolve<GraphQLType>(static t => (t as ComplexType)?.Interfaces));
        AddField(TypeType, "possibleTypes", ListOfNonNull(TypeType), Resolve<GraphQLType>(static (t, _, schema) =>
            t is InterfaceType or UnionType ? schema.GetPossibleTypes((NamedType)t) : null));

        var enumValues = AddField(TypeType, "enumValues", ListOfNonNull(EnumValueType), Resolve<GraphQLType>(static (t, arguments, _) =>
            t is EnumType e ? WithoutDeprecated(e.Values, IncludeDeprecated(arguments)) : null));
        AddIncludeDeprecated(enumValues);

        var inputFields = AddField(TypeType, "inputFields", ListOfNonNull(InputValueType), Resolve<GraphQLType>(static (t, arguments, _) =>
            t is InputObjectType input ? WithoutDeprecated(input.Fields, IncludeDeprecated(arguments)) : null));
        AddIncludeDeprecated(inputFields);

        AddField(TypeType, "ofType", TypeType, Resolve<GraphQLType>(static t => t switch
        {
            ListType l => l.OfType,
            NonNullType nn => nn.OfType,
            _ => null,
        }));
        AddField(TypeType, "isOneOf", BuiltInTypes.Boolean, Resolve<GraphQLType>(static t => t is InputObjectType input ? Boxes.Box(input.IsOneOf) : null));
    }

    // One shared box per TypeKind: __Type.kind is read for every type of an introspection result.
    private static readonly object[] TypeKinds = Enum.GetValues<TypeKind>().Select(static k => (object)k).ToArray();

    // Spec 4.2.2.1 __TypeKind; runtime values are the model's TypeKind.
    private static EnumType CreateTypeKindType()
    {
        var type = new EnumType("__TypeKind", "An enum describing what kind of type a given `__Type` is.");
        type.Values.Add(new EnumValue("SCALAR", TypeKind.Scalar, "Indicates this type is a scalar."));
        type.Values.Add(new EnumValue("OBJECT", TypeKind.Object, "Indicates this type is an object. `fields` and `interfaces` are valid fields."));
        type.Values.Add(new EnumValue("INTERFACE", TypeKind.Interface, "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."));
        type.Values.Add(new EnumValue("UNION", TypeKind.Union, "Indicates this type is a union. `possibleTypes` is a valid field."));
        type.Values.Add(new EnumValue("ENUM", TypeKind.Enum, "Indicates this type is an enum. `enumValues` is a valid field."));
        type.Values.Add(new EnumValue("INPUT_OBJECT", TypeKind.InputObject, "Indicates this type is an input object. `inputFields` is a valid field."));
        type.Values.Add(new EnumValue("LIST", TypeKind.List, "Indicates this type is a list. `ofType` is a valid field."));
        type.Values.Add(new EnumValue("NON_NULL", TypeKind.NonNull, "Indicates this type is a non-null. `ofType` is a valid field."));
        return type;
    }

    /// <summary>The items themselves when deprecated ones are wanted or none is deprecated (no copy); else a filtered list.</summary>
    private static IReadOnlyList<T> WithoutDeprecated<T>(IReadOnlyList<T> items, bool includeDeprecated) where T : class, IHasName
    {
        if (includeDeprecated) return items;
        List<T>? kept = null;
        for (var i = 0; i < items.Count; i++)
        {
            var deprecated = IsDeprecated(items[i]);
            if (deprecated && kept is null)
            {
                kept = new List<T>(items.Count - 1);
                for (var j = 0; j < i; j++) kept.Add(items[j]);
            }
            else if (!deprecated)
            {
                kept?.Add(items[i]);
            }
        }
        return kept ?? items;
    }

    private static bool IsDeprecated(IHasName item) => item switch
    {
        Field f => f.IsDeprecated,
        InputValue v => v.IsDeprecated,
        EnumValue e => e.IsDeprecated,
        _ => false,
    };
}
