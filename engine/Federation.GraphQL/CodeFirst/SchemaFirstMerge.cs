using System.Text;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.CodeFirst;

/// <summary>
/// Mixes C# types with SDL on one schema (HotChocolate mixes SDL, <c>AddType&lt;T&gt;</c> and type extensions): the
/// types built from C# are printed as SDL in front of the user's documents (a type only extended from C# becomes
/// <c>extend type</c>), and what SDL cannot say is bound on the built schema: resolvers and subscribers, the C# types
/// behind object, enum and input types, custom scalars. The user's own bindings run after, so they win.
/// </summary>
internal static class SchemaFirstMerge
{
    public static Schema Build(ClrTypeRegistry registry, IReadOnlyList<DirectiveDefinition> directives,
        (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) roots, IReadOnlyList<Action<SchemaBuilder>> schemaFirst)
    {
        var builder = new SchemaBuilder();
        var sdl = new StringBuilder();
        var types = registry.AllTypes.ToList();
        foreach (var type in types)
        {
            switch (type)
            {
                case ScalarType scalar:
                    // Built-in scalars need no declaration; custom ones are supplied with their implementation.
                    if (!BuiltInTypes.IsSpecifiedScalar(scalar.Name)) builder.AddScalar(scalar);
                    continue;
                case ObjectType o when registry.ExtensionTargets.Contains(o):
                    sdl.Append("extend ");
                    break;
            }
            sdl.Append(SchemaPrinter.PrintType(type)).Append("\n\n");
        }
        foreach (var directive in directives) sdl.Append(SchemaPrinter.PrintDirective(directive)).Append("\n\n");
        if (SchemaDefinition(roots) is { } schema) sdl.Append(schema);
        if (sdl.Length > 0) builder.AddDocument(sdl.ToString());

        foreach (var type in types.OfType<ObjectType>())
        {
            foreach (var field in type.Fields)
            {
                if (field.Resolver is { } resolver) builder.AddResolver(type.Name, field.Name, resolver);
                if (field.Subscriber is { } subscriber) builder.AddSubscriber(type.Name, field.Name, subscriber);
            }
        }
        builder.AddBinding((schema, _) => BindRuntimeTypes(schema, types));
        foreach (var step in schemaFirst) step(builder);
        return builder.Build();
    }

    // Root types keep their default names unless renamed ([GraphQLName]); only then is a schema definition needed.
    private static string? SchemaDefinition((ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) roots)
    {
        var entries = new List<string>();
        if (roots.Query is { Name: not "Query" } q) entries.Add("query: " + q.Name);
        if (roots.Mutation is { Name: not "Mutation" } m) entries.Add("mutation: " + m.Name);
        if (roots.Subscription is { Name: not "Subscription" } s) entries.Add("subscription: " + s.Name);
        if (entries.Count == 0) return null;
        if (roots.Query is { Name: "Query" }) entries.Insert(0, "query: Query");
        if (roots.Mutation is { Name: "Mutation" }) entries.Add("mutation: Mutation");
        if (roots.Subscription is { Name: "Subscription" }) entries.Add("subscription: Subscription");
        return "schema { " + string.Join(" ", entries) + " }\n";
    }

    private static void BindRuntimeTypes(Schema schema, IEnumerable<NamedType> types)
    {
        foreach (var type in types)
        {
            switch (type, schema.GetType(type.Name))
            {
                // Interfaces and unions need no type resolver: the executor finds the object type by the value's C# type.
                case (ObjectType from, ObjectType to) when from.RuntimeType is not null:
                    to.RuntimeType = from.RuntimeType;
                    to.IsTypeOf ??= from.IsTypeOf;
                    break;
                case (EnumType from, EnumType to) when from.RuntimeType is not null:
                    to.RuntimeType = from.RuntimeType;
                    foreach (var value in from.Values)
                    {
                        if (to.GetValue(value.Name) is { } target) target.RuntimeValue = value.RuntimeValue;
                    }
                    break;
                case (InputObjectType from, InputObjectType to):
                    to.RuntimeType = from.RuntimeType;
                    to.RuntimeFactory = from.RuntimeFactory;
                    break;
            }
        }
    }
}
