using System.Reflection;
using System.Text;

namespace Federation.Testing;

/// <summary>
/// The public surface of an assembly, one line per member, sorted: the text of the public API snapshots
/// (<c>PublicApi/__snapshots__/*.snap</c>, checked by Snapshooter.Xunit), so that an API change shows up in review as a diff.
/// </summary>
public static class PublicApi
{
    public static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            var typeName = TypeName(type);
            lines.Add($"{Kind(type)} {typeName}{BaseList(type)}");
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var member in type.GetMembers(flags))
            {
                if (Describe(member) is { } text) lines.Add($"{typeName}::{text}");
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines) + "\n";
    }

    private static string Kind(Type type) => type switch
    {
        { IsInterface: true } => "interface",
        { IsEnum: true } => "enum",
        { IsValueType: true } => "struct",
        _ when typeof(Delegate).IsAssignableFrom(type) => "delegate",
        { IsAbstract: true, IsSealed: true } => "static class",
        { IsAbstract: true } => "abstract class",
        { IsSealed: true } => "sealed class",
        _ => "class",
    };

    private static string BaseList(Type type)
    {
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum)
            && b != typeof(MulticastDelegate)) bases.Add(TypeName(b));
        bases.AddRange(type.GetInterfaces().Select(TypeName).Order(StringComparer.Ordinal));
        return bases.Count == 0 ? "" : " : " + string.Join(", ", bases);
    }

    private static string? Describe(MemberInfo member) => member switch
    {
        ConstructorInfo c => $".ctor({Parameters(c.GetParameters())})",
        MethodInfo { IsSpecialName: true } => null,
        MethodInfo m => $"{(m.IsStatic ? "static " : "")}{TypeName(m.ReturnType)} {m.Name}{Generic(m)}({Parameters(m.GetParameters())})",
        PropertyInfo p => $"{TypeName(p.PropertyType)} {p.Name} {{{(p.GetMethod?.IsPublic == true ? " get;" : "")}{(p.SetMethod?.IsPublic == true ? " set;" : "")} }}",
        FieldInfo f when f.DeclaringType!.IsEnum => f.IsSpecialName ? null : f.Name,
        FieldInfo f => $"{(f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{(f.IsLiteral ? "const " : "")}{TypeName(f.FieldType)} {f.Name}",
        EventInfo e => $"event {TypeName(e.EventHandlerType!)} {e.Name}",
        Type => null, // nested types are listed on their own
        _ => null,
    };

    private static string Generic(MethodInfo m)
        => m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : "";

    private static string Parameters(ParameterInfo[] parameters)
        => string.Join(", ", parameters.Select(p => $"{TypeName(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = ..." : "")}"));

    private static string TypeName(Type type)
    {
        if (type.IsGenericParameter) return type.Name;
        if (type.IsByRef) return "ref " + TypeName(type.GetElementType()!);
        if (type.IsArray) return TypeName(type.GetElementType()!) + "[]";
        var name = type.IsNested ? TypeName(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name;
        if (!type.IsGenericType) return name;
        var tick = name.IndexOf('`');
        var sb = new StringBuilder(tick >= 0 ? name[..tick] : name).Append('<');
        sb.AppendJoin(", ", type.GetGenericArguments().Select(TypeName));
        return sb.Append('>').ToString();
    }
}
