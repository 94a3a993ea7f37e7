using Federation.GraphQL.Execution;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Introspection;

public static partial class Introspection
{
    // Spec 4.2.3 The __Field Type
    private static void AddFieldFields()
    {
        AddField(FieldType, "name", NonNullString, Resolve<Field>(static f => f.Name));
        AddField(FieldType, "description", BuiltInTypes.String, Resolve<Field>(static f => f.Description));
        var args = AddField(FieldType, "args", NonNullListOfNonNull(InputValueType),
            Resolve<Field>(static (f, arguments, _) => WithoutDeprecated(f.Arguments, IncludeDeprecated(arguments))));
        AddIncludeDeprecated(args);
        AddField(FieldType, "type", new NonNullType(TypeType), Resolve<Field>(static f => f.Type));
        AddField(FieldType, "isDeprecated", NonNullBoolean, Resolve<Field>(static f => Boxes.Box(f.IsDeprecated)));
        AddField(FieldType, "deprecationReason", BuiltInTypes.String, Resolve<Field>(static f => f.DeprecationReason));
    }

    // Spec 4.2.4 The __InputValue Type
    private static void AddInputValueFields()
    {
        AddField(InputValueType, "name", NonNullString, Resolve<InputValue>(static v => v.Name));
        AddField(InputValueType, "description", BuiltInTypes.String, Resolve<InputValue>(static v => v.Description));
        AddField(InputValueType, "type", new NonNullType(TypeType), Resolve<InputValue>(static v => v.Type));
        AddField(InputValueType, "defaultValue", BuiltInTypes.String, Resolve<InputValue>(static v => PrintDefaultValue(v)),
            "A GraphQL-formatted string representing the default value for this input value.");
        AddField(InputValueType, "isDeprecated", NonNullBoolean, Resolve<InputValue>(static v => Boxes.Box(v.IsDeprecated)));
        AddField(InputValueType, "deprecationReason", BuiltInTypes.String, Resolve<InputValue>(static v => v.DeprecationReason));
    }

    // Spec 4.2.5 The __EnumValue Type
    private static void AddEnumValueFields()
    {
        AddField(EnumValueType, "name", NonNullString, Resolve<EnumValue>(static e => e.Name));
        AddField(EnumValueType, "description", BuiltInTypes.String, Resolve<EnumValue>(static e => e.Description));
        AddField(EnumValueType, "isDeprecated", NonNullBoolean, Resolve<EnumValue>(static e => Boxes.Box(e.IsDeprecated)));
        AddField(EnumValueType, "deprecationReason", BuiltInTypes.String, Resolve<EnumValue>(static e => e.DeprecationReason));
    }

    /// <summary>The default value literal printed as GraphQL text, as graphql-js prints it; null when there is none.</summary>
    internal static string? PrintDefaultValue(InputValue value)
        => value.DefaultValue is SyntaxNode literal ? Printer.Print(literal) : null;
}
