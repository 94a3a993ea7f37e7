using System.Reflection;
using Federation.GraphQL.CodeFirst;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.Subgraph;

/// <summary>A schema element built from C# (type, field, argument, enum value, input field) with the attributes of its C# member.</summary>
internal sealed record SchemaElement(string Description, DirectiveLocation Location, IReadOnlyList<object> Attributes, SchemaList<DirectiveNode> Directives, GraphQLType? ValueType = null);

/// <summary>Walks the types of a code-first schema and pairs each element with the C# member it was built from.</summary>
internal static class CodeFirstElements
{
    /// <summary>
    /// GraphQL interfaces built from C# interfaces, found through the object types that implement them (the engine
    /// keeps the C# type of object, enum and input types only).
    /// </summary>
    public static Dictionary<InterfaceType, Type> InterfaceClrTypes(IReadOnlyList<NamedType> types)
    {
        var byName = types.OfType<InterfaceType>().ToDictionary(i => i.Name, StringComparer.Ordinal);
        var result = new Dictionary<InterfaceType, Type>();
        foreach (var type in types.OfType<ObjectType>())
        {
            if (type.RuntimeType is not { } clr) continue;
            foreach (var clrInterface in clr.GetInterfaces())
            {
                if (byName.TryGetValue(NamingConventions.InterfaceName(clrInterface), out var iface)
                    && type.Interfaces.Contains(iface)) result.TryAdd(iface, clrInterface);
            }
        }
        return result;
    }

    /// <summary>Unions built from C# interfaces marked [UnionType], found through their member object types.</summary>
    public static Dictionary<UnionType, Type> UnionClrTypes(IReadOnlyList<NamedType> types)
    {
        var result = new Dictionary<UnionType, Type>();
        foreach (var union in types.OfType<UnionType>())
        {
            foreach (var member in union.Types)
            {
                var clr = member.RuntimeType?.GetInterfaces().FirstOrDefault(i =>
                    i.GetCustomAttribute<UnionTypeAttribute>() is { } attribute && (attribute.Name ?? NamingConventions.TypeName(i)) == union.Name);
                if (clr is null) continue;
                result[union] = clr;
                break;
            }
        }
        return result;
    }

    public static List<SchemaElement> Of(IReadOnlyList<NamedType> types, IReadOnlyDictionary<InterfaceType, Type> interfaces)
    {
        var unions = UnionClrTypes(types);
        var elements = new List<SchemaElement>();
        foreach (var type in types)
        {
            switch (type)
            {
                case ObjectType { RuntimeType: { } clr } o:
                    Complex(elements, o, clr, "type", DirectiveLocation.Object);
                    break;
                case InterfaceType i when interfaces.TryGetValue(i, out var clr):
                    Complex(elements, i, clr, "interface", DirectiveLocation.Interface);
                    break;
                case UnionType u when unions.TryGetValue(u, out var clr):
                    elements.Add(new($"union {u.Name}", DirectiveLocation.Union, Attributes(clr), u.Directives));
                    break;
                case EnumType { RuntimeType: { } clr } e:
                    Enum(elements, e, clr);
                    break;
                case InputObjectType { RuntimeType: { } clr } input:
                    Input(elements, input, clr);
                    break;
            }
        }
        return elements;
    }

    private static void Complex(List<SchemaElement> elements, ComplexType type, Type clr, string kind, DirectiveLocation location)
    {
        elements.Add(new($"{kind} {type.Name}", location, Attributes(clr), type.Directives));
        IEnumerable<MemberInfo> members = [.. clr.GetProperties(BindingFlags.Public | BindingFlags.Instance), .. clr.GetMethods(BindingFlags.Public | BindingFlags.Instance)];
        foreach (var member in members)
        {
            if (member is MethodInfo { IsSpecialName: true }) continue;
            if (type.GetField(NamingConventions.FieldName(member)) is not { } field) continue;
            elements.Add(new($"field {type.Name}.{field.Name}", DirectiveLocation.FieldDefinition, Attributes(member), field.Directives));
            if (member is not MethodInfo method) continue;
            foreach (var parameter in method.GetParameters())
            {
                if (field.Arguments[NamingConventions.ArgumentName(parameter)] is not { } argument) continue;
                elements.Add(new($"argument {type.Name}.{field.Name}({argument.Name}:)", DirectiveLocation.ArgumentDefinition,
                    [.. parameter.GetCustomAttributes(inherit: true)], argument.Directives, argument.Type));
            }
        }
    }

    private static void Enum(List<SchemaElement> elements, EnumType type, Type clr)
    {
        elements.Add(new($"enum {type.Name}", DirectiveLocation.Enum, Attributes(clr), type.Directives));
        foreach (var member in clr.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (member.GetValue(null) is not { } runtimeValue || type.GetValueByRuntimeValue(runtimeValue) is not { } value) continue;
            elements.Add(new($"enum value {type.Name}.{value.Name}", DirectiveLocation.EnumValue, Attributes(member), value.Directives));
        }
    }

    private static void Input(List<SchemaElement> elements, InputObjectType type, Type clr)
    {
        elements.Add(new($"input {type.Name}", DirectiveLocation.InputObject, Attributes(clr), type.Directives));
        foreach (var property in clr.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (type.Fields[NamingConventions.FieldName(property)] is not { } field) continue;
            elements.Add(new($"input field {type.Name}.{field.Name}", DirectiveLocation.InputFieldDefinition, Attributes(property), field.Directives, field.Type));
        }
    }

    private static object[] Attributes(MemberInfo member) => member.GetCustomAttributes(inherit: true);
}
