using Federation.GraphQL.Execution;

namespace Federation.GraphQL.Types;

/// <summary>
/// Binding on a built schema: <c>SchemaBuilder.FromSdl(sdl).BindResolver("Query", "hello", _ => "world")</c>.
/// Each call changes the schema in place and returns it; an unknown coordinate throws <see cref="SchemaException"/>.
/// </summary>
public static class SchemaBindingExtensions
{
    public static Schema BindResolver(this Schema schema, string typeName, string fieldName, FieldResolver resolver)
    {
        Field(schema, typeName, fieldName).Resolver = resolver;
        return schema;
    }

    public static Schema BindResolver(this Schema schema, string typeName, string fieldName, Func<IResolverContext, object?> resolver)
        => schema.BindResolver(typeName, fieldName, context => new ValueTask<object?>(resolver(context)));

    public static Schema BindSubscriber(this Schema schema, string typeName, string fieldName, SubscribeResolver subscriber)
    {
        Field(schema, typeName, fieldName).Subscriber = subscriber;
        return schema;
    }

    public static Schema BindTypeResolver(this Schema schema, string abstractTypeName, TypeResolver resolver)
    {
        switch (schema.GetType(abstractTypeName))
        {
            case InterfaceType i: i.ResolveType = resolver; break;
            case UnionType u: u.ResolveType = resolver; break;
            default: throw new SchemaException([new GraphQLError($"Cannot bind a type resolver to \"{abstractTypeName}\": it is not an interface or union type.")]);
        }
        return schema;
    }

    public static Schema BindEnumValue(this Schema schema, string enumName, string valueName, object runtimeValue)
    {
        if (schema.GetType(enumName) is EnumType e && e.GetValue(valueName) is { } v) v.RuntimeValue = runtimeValue;
        else throw new SchemaException([new GraphQLError($"Cannot bind a runtime value to \"{enumName}.{valueName}\": no such enum value.")]);
        return schema;
    }

    private static Field Field(Schema schema, string typeName, string fieldName)
    {
        var errors = new List<GraphQLError>();
        return SchemaBuilder.FindField(schema, typeName, fieldName, errors) ?? throw new SchemaException(errors);
    }
}
