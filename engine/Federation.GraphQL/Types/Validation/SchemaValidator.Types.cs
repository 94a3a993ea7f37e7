using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

public static partial class SchemaValidator
{
    private static void ValidateTypes(Context context)
    {
        var defaultValueCycles = new DefaultValueCycles(context.Errors);
        foreach (var type in context.Schema.Types)
        {
            if (!Introspection.Introspection.IsIntrospectionType(type.Name)) ValidateName(context, type.Name, type.SyntaxNode as SyntaxNode);
            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(context, complex);
                    ValidateInterfaces(context, complex);
                    break;
                case UnionType union:
                    ValidateUnionMembers(context, union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(context, enumType);
                    break;
                case InputObjectType input:
                    ValidateInputFields(context, input);
                    defaultValueCycles.Check(input);
                    break;
            }
        }
        InputObjectCycles.Validate(context.Schema, context.Errors);
    }

    private static IEnumerable<SyntaxNode?> TypeNodes(NamedType type)
        => type.ExtensionNodes.Cast<SyntaxNode?>().Prepend(type.SyntaxNode as SyntaxNode);

    // Spec 3.6 Objects / 3.7 Interfaces: Type Validation 1-2
    private static void ValidateFields(Context context, ComplexType type)
    {
        if (type.Fields.Count == 0) context.Report($"Type {type.Name} must define one or more fields.", TypeNodes(type));
        foreach (var field in type.Fields)
        {
            ValidateName(context, field.Name, field.SyntaxNode);
            if (!field.Type.IsOutputType())
            {
                context.Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.SyntaxNode?.Type as SyntaxNode);
            }
            foreach (var arg in field.Arguments)
            {
                var label = $"{type.Name}.{field.Name}({arg.Name}:)";
                ValidateName(context, arg.Name, arg.SyntaxNode);
                if (!arg.Type.IsInputType())
                {
                    context.Report($"The type of {label} must be Input Type but got: {arg.Type}.", arg.SyntaxNode?.Type as SyntaxNode);
                }
                if (IsRequired(arg) && arg.DeprecationReason is not null)
                {
                    context.Report($"Required argument {label} cannot be deprecated.", DeprecatedNode(arg.Directives), arg.SyntaxNode?.Type as SyntaxNode);
                }
                DefaultValueRules.Validate(context.Errors, label, arg);
            }
        }
    }

    // Spec 3.6 Objects: Type Validation 4 (implemented interfaces), 3.7 IsValidImplementation
    private static void ValidateInterfaces(Context context, ComplexType type)
    {
        if (context.Structural?.Interfaces.TryGetValue(type.Name, out var structural) == true) context.Errors.AddRange(structural);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                context.Report($"Type {type.Name} cannot implement itself because it would create a circular reference.", ImplementsNodes(type, iface));
                continue;
            }
            if (!seen.Add(iface.Name))
            {
                context.Report($"Type {type.Name} can only implement {iface.Name} once.", ImplementsNodes(type, iface));
                continue;
            }
            ValidateImplementsAncestors(context, type, iface);
            ValidateImplementsInterface(context, type, iface);
        }
    }

    private static void ValidateImplementsInterface(Context context, ComplexType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var typeField = type.GetField(ifaceField.Name);
            if (typeField is null)
            {
                context.Report($"Interface field {iface.Name}.{ifaceField.Name} expected but {type.Name} does not provide it.",
                    TypeNodes(type).Prepend(ifaceField.SyntaxNode));
                continue;
            }
            if (!IsTypeSubTypeOf(context.Schema, typeField.Type, ifaceField.Type))
            {
                context.Report($"Interface field {iface.Name}.{ifaceField.Name} expects type {ifaceField.Type} but {type.Name}.{typeField.Name} is type {typeField.Type}.",
                    ifaceField.SyntaxNode?.Type as SyntaxNode, typeField.SyntaxNode?.Type as SyntaxNode);
            }
            foreach (var ifaceArg in ifaceField.Arguments)
            {
                var typeArg = typeField.Arguments[ifaceArg.Name];
                if (typeArg is null)
                {
                    context.Report($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expected but {type.Name}.{typeField.Name} does not provide it.",
                        ifaceArg.SyntaxNode, typeField.SyntaxNode);
                    continue;
                }
                if (!ifaceArg.Type.IsEqualType(typeArg.Type))
                {
                    context.Report($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{typeField.Name}({typeArg.Name}:) is type {typeArg.Type}.",
                        ifaceArg.SyntaxNode?.Type as SyntaxNode, typeArg.SyntaxNode?.Type as SyntaxNode);
                }
            }
            foreach (var typeArg in typeField.Arguments)
            {
                if (IsRequired(typeArg) && !ifaceField.Arguments.Contains(typeArg.Name))
                {
                    context.Report($"Argument \"{type.Name}.{typeField.Name}({typeArg.Name}:)\" must not be required type \"{typeArg.Type}\" if not provided by the Interface field \"{iface.Name}.{ifaceField.Name}\".",
                        typeArg.SyntaxNode, ifaceField.SyntaxNode);
                }
            }
            if (typeField.DeprecationReason is not null && ifaceField.DeprecationReason is null)
            {
                context.Report($"Interface field {iface.Name}.{ifaceField.Name} is not deprecated, so implementation field {type.Name}.{typeField.Name} must not be deprecated.",
                    DeprecatedNode(typeField.Directives), typeField.SyntaxNode?.Type as SyntaxNode);
            }
        }
    }

    private static void ValidateImplementsAncestors(Context context, ComplexType type, InterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (type.Interfaces.Contains(transitive)) continue;
            var message = ReferenceEquals(transitive, type)
                ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.";
            context.Report(message, ImplementsNodes(iface, transitive).Concat(ImplementsNodes(type, iface)).ToList());
        }
    }

    private static List<SyntaxNode?> ImplementsNodes(ComplexType type, NamedType iface)
        => TypeNodes(type).OfType<IComplexTypeDefinitionNode>()
            .SelectMany(n => n.Interfaces).Where(i => i.Name.Value == iface.Name).Cast<SyntaxNode?>().ToList();

    // Spec 3.8 Unions: Type Validation
    private static void ValidateUnionMembers(Context context, UnionType union)
    {
        var structural = context.Structural?.UnionMembers.GetValueOrDefault(union.Name);
        if (union.Types.Count == 0 && structural is null)
        {
            context.Report($"Union type {union.Name} must define one or more member types.", TypeNodes(union));
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                context.Report($"Union type {union.Name} can only include type {member.Name} once.",
                    TypeNodes(union).OfType<UnionTypeDefinitionNode>().SelectMany(u => u.Types).Where(t => t.Name.Value == member.Name).ToList());
            }
        }
        if (structural is not null) context.Errors.AddRange(structural);
    }

    // Spec 3.9 Enums: Type Validation
    private static void ValidateEnumValues(Context context, EnumType enumType)
    {
        if (enumType.Values.Count == 0) context.Report($"Enum type {enumType.Name} must define one or more values.", TypeNodes(enumType));
        foreach (var value in enumType.Values) ValidateName(context, value.Name, value.SyntaxNode);
    }

    // Spec 3.10 Input Objects: Type Validation, 3.10.1 OneOf Input Objects
    private static void ValidateInputFields(Context context, InputObjectType input)
    {
        if (input.Fields.Count == 0) context.Report($"Input Object type {input.Name} must define one or more fields.", TypeNodes(input));
        foreach (var field in input.Fields)
        {
            var label = $"{input.Name}.{field.Name}";
            ValidateName(context, field.Name, field.SyntaxNode);
            if (!field.Type.IsInputType())
            {
                context.Report($"The type of {label} must be Input Type but got: {field.Type}.", field.SyntaxNode?.Type as SyntaxNode);
            }
            if (IsRequired(field) && field.DeprecationReason is not null)
            {
                context.Report($"Required input field {label} cannot be deprecated.", DeprecatedNode(field.Directives), field.SyntaxNode?.Type as SyntaxNode);
            }
            DefaultValueRules.Validate(context.Errors, label, field);
            if (input.IsOneOf)
            {
                if (field.Type is NonNullType) context.Report($"OneOf input field {label} must be nullable.", field.SyntaxNode?.Type as SyntaxNode);
                if (field.DefaultValue is not null) context.Report($"OneOf input field {label} cannot have a default value.", field.SyntaxNode);
            }
        }
    }

    /// <summary>graphql-js isTypeSubTypeOf: covariant output types for interface implementation (spec 3.7 IsValidImplementationFieldType).</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (maybeSubType.IsEqualType(superType)) return true;
        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }
        if (maybeSubType is NonNullType nonNull) return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }
        if (maybeSubType is ListType) return false;
        return superType.IsAbstractType() && maybeSubType is InterfaceType or ObjectType
            && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }
}
