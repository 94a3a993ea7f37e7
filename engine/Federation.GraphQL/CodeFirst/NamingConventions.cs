using System.Reflection;
using System.Text;

namespace Federation.GraphQL.CodeFirst;

/// <summary>How CLR names become GraphQL names (the conventions HotChocolate users know).</summary>
public static class NamingConventions
{
    /// <summary><c>GetUserAsync</c> → <c>user</c>, <c>Name</c> → <c>name</c>, <c>IsActive</c> → <c>isActive</c>.</summary>
    public static string FieldName(MemberInfo member)
    {
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } named) return named.Name;
        var name = member.Name;
        if (member is MethodInfo)
        {
            if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal)) name = name[..^5];
            if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3])) name = name[3..];
        }
        return CamelCase(name);
    }

    public static string ArgumentName(ParameterInfo parameter)
        => parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? CamelCase(parameter.Name!);

    /// <summary>The type's name without generic arity (<c>Page`1</c> of <c>User</c> → <c>UserPage</c>), or its [GraphQLName].</summary>
    public static string TypeName(Type type)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } named) return named.Name;
        if (!type.IsGenericType) return type.Name;
        var baseName = type.Name[..type.Name.IndexOf('`')];
        var prefix = new StringBuilder();
        foreach (var argument in type.GetGenericArguments()) prefix.Append(TypeName(argument));
        return prefix + baseName;
    }

    /// <summary>Interfaces lose the I of <c>IPet</c> (HotChocolate does the same).</summary>
    public static string InterfaceName(Type type)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } named) return named.Name;
        var name = TypeName(type);
        return name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]) ? name[1..] : name;
    }

    /// <summary>Input types get an <c>Input</c> suffix unless they already end with it.</summary>
    public static string InputTypeName(Type type)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } named) return named.Name;
        var name = TypeName(type);
        return name.EndsWith("Input", StringComparison.Ordinal) ? name : name + "Input";
    }

    /// <summary><c>InProgress</c> → <c>IN_PROGRESS</c>, <c>HTTPError</c> → <c>HTTP_ERROR</c>.</summary>
    public static string EnumValueName(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && name[i - 1] != '_')
            {
                var previousLower = char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]);
                var nextLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (previousLower || (nextLower && char.IsUpper(name[i - 1]))) sb.Append('_');
            }
            sb.Append(char.ToUpperInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary><c>UserId</c> → <c>userId</c>, <c>ID</c> → <c>id</c>, <c>URLPath</c> → <c>urlPath</c>.</summary>
    public static string CamelCase(string name)
    {
        if (name.Length == 0 || char.IsLower(name[0])) return name;
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length && char.IsUpper(chars[i]); i++)
        {
            // Keep the last capital of a leading acronym when a lower-case letter follows it (URLPath → urlPath).
            if (i > 0 && i + 1 < chars.Length && char.IsLower(chars[i + 1])) break;
            chars[i] = char.ToLowerInvariant(chars[i]);
        }
        return new string(chars);
    }
}
