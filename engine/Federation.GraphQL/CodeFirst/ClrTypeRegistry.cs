using System.Reflection;
using Federation.GraphQL.CodeFirst.Scalars;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.CodeFirst;

/// <summary>
/// Maps CLR types to GraphQL named types, creating object, interface, union, enum and input object types on first
/// reference and completing their fields from a queue (so that types may refer to each other).
/// </summary>
internal sealed partial class ClrTypeRegistry
{
    private readonly Dictionary<Type, NamedType> _output = [];
    private readonly Dictionary<Type, NamedType> _input = [];
    private readonly Dictionary<Type, ScalarType> _scalars = [];
    private readonly Dictionary<string, (NamedType Type, Type? Clr)> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, ScalarType> _scalarOverrides = [];
    private readonly Queue<Action> _pending = new();
    private readonly Dictionary<Type, OperationType> _roots = [];
    private readonly NullabilityInfoContext _nullability = new();

    public ClrTypeRegistry()
    {
        Bind(typeof(string), BuiltInTypes.String);
        Bind(typeof(bool), BuiltInTypes.Boolean);
        foreach (var t in new[] { typeof(int), typeof(short), typeof(byte), typeof(sbyte), typeof(ushort) }) Bind(t, BuiltInTypes.Int);
        foreach (var t in new[] { typeof(double), typeof(float), typeof(decimal) }) Bind(t, BuiltInTypes.Float);
        var longType = new LongType();
        foreach (var t in new[] { typeof(long), typeof(uint), typeof(ulong) }) Bind(t, longType);
        var dateTime = new DateTimeType();
        Bind(typeof(DateTime), dateTime);
        Bind(typeof(DateTimeOffset), dateTime);
        Bind(typeof(Guid), new UuidType());
    }

    /// <summary>Every named type created or added, in creation order.</summary>
    public IEnumerable<NamedType> AllTypes => _byName.Values.Select(v => v.Type);

    public void Bind(Type clr, ScalarType scalar) => _scalars[clr] = scalar;

    /// <summary>Adds a hand-built type (custom scalar, enum...) so that [GraphQLType("Name")] can find it.</summary>
    public void Add(NamedType type) => Claim(type, null);

    public ObjectType AddRoot(Type clr, string name, OperationType kind)
    {
        _roots[clr] = kind;
        var type = new ObjectType(clr.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? name, Description(clr)) { RuntimeType = clr };
        Claim(type, clr);
        _output[clr] = type;
        _pending.Enqueue(() => AddFields(type, clr));
        return type;
    }

    /// <summary>Drains the queue of types whose fields are not built yet.</summary>
    public void Complete()
    {
        while (_pending.TryDequeue(out var next)) next();
    }

    public NamedType GetOutputType(Type clr)
    {
        if (_scalars.TryGetValue(clr, out var scalar)) return Use(scalar);
        if (_output.TryGetValue(clr, out var existing)) return existing;
        Reject(clr, "an output");
        NamedType created;
        if (clr.IsEnum)
        {
            created = GetEnumType(clr);
        }
        else if (clr.IsInterface && clr.GetCustomAttribute<UnionTypeAttribute>() is { } union)
        {
            created = new UnionType(union.Name ?? NamingConventions.TypeName(clr), Description(clr));
        }
        else if (clr.IsInterface)
        {
            var iface = new InterfaceType(NamingConventions.InterfaceName(clr), Description(clr));
            _pending.Enqueue(() => AddFields(iface, clr));
            created = iface;
        }
        else
        {
            var obj = new ObjectType(NamingConventions.TypeName(clr), Description(clr)) { RuntimeType = clr };
            _pending.Enqueue(() => AddFields(obj, clr));
            created = obj;
        }
        if (created is not EnumType) Claim(created, clr);
        _output[clr] = created;
        return created;
    }

    public NamedType GetInputType(Type clr)
    {
        if (_scalars.TryGetValue(clr, out var scalar)) return Use(scalar);
        if (clr.IsEnum) return GetEnumType(clr);
        if (_input.TryGetValue(clr, out var existing)) return existing;
        Reject(clr, "an input");
        if (clr.IsInterface || clr.IsAbstract) throw new InvalidOperationException($"{clr.Name} cannot be an input type: it is abstract.");
        var input = new InputObjectType(NamingConventions.InputTypeName(clr), Description(clr));
        Claim(input, clr);
        _input[clr] = input;
        _pending.Enqueue(() => AddInputFields(input, clr));
        return input;
    }

    /// <summary>Object types get the GraphQL interfaces their CLR type implements; unions get the object types implementing their marker.</summary>
    public void ConnectAbstractTypes()
    {
        var resolution = new ClrTypeResolution(_output.Values.OfType<ObjectType>());
        var abstractTypes = _output.Where(e => e.Value is InterfaceType or UnionType).ToList();
        foreach (var (clr, type) in _output)
        {
            if (type is not ComplexType complex) continue;
            foreach (var (abstractClr, abstractType) in abstractTypes)
            {
                if (abstractType is InterfaceType iface && abstractClr != clr && abstractClr.IsAssignableFrom(clr)
                    && !complex.Interfaces.Contains(iface))
                {
                    complex.Interfaces.Add(iface);
                }
            }
        }
        foreach (var (abstractClr, abstractType) in abstractTypes)
        {
            switch (abstractType)
            {
                case UnionType union:
                    union.ResolveType ??= resolution.Resolve;
                    foreach (var (clr, type) in _output)
                    {
                        if (type is ObjectType member && abstractClr.IsAssignableFrom(clr)) union.Types.Add(member);
                    }
                    break;
                case InterfaceType iface:
                    iface.ResolveType ??= resolution.Resolve;
                    break;
            }
        }
    }

    public NamedType? FindByName(string name)
        => _byName.TryGetValue(name, out var entry) ? entry.Type : BuiltInTypes.GetScalar(name) is { } builtIn ? Use(builtIn) : null;

    public ScalarType GetScalarOverride(Type scalarType)
    {
        if (!_scalarOverrides.TryGetValue(scalarType, out var scalar))
        {
            if (!typeof(ScalarType).IsAssignableFrom(scalarType))
            {
                throw new InvalidOperationException($"[GraphQLType(typeof({scalarType.Name}))] needs a ScalarType subclass.");
            }
            scalar = (ScalarType)Activator.CreateInstance(scalarType)!;
            _scalarOverrides[scalarType] = scalar;
        }
        return Use(scalar);
    }

    private EnumType GetEnumType(Type clr)
    {
        if (_output.TryGetValue(clr, out var existing)) return (EnumType)existing;
        var type = new EnumType(NamingConventions.TypeName(clr), Description(clr)) { RuntimeType = clr };
        foreach (var member in clr.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (member.GetCustomAttribute<GraphQLIgnoreAttribute>() is not null) continue;
            type.Values.Add(new EnumValue(
                member.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? NamingConventions.EnumValueName(member.Name),
                member.GetValue(null), Description(member), DeprecationReason(member)));
        }
        Claim(type, clr);
        _output[clr] = type;
        return type;
    }

    private ScalarType Use(ScalarType scalar)
    {
        if (!_byName.ContainsKey(scalar.Name)) _byName[scalar.Name] = (scalar, null);
        return scalar;
    }

    private void Claim(NamedType type, Type? clr)
    {
        if (_byName.TryGetValue(type.Name, out var existing) && !ReferenceEquals(existing.Type, type))
        {
            throw new InvalidOperationException(
                $"The type name \"{type.Name}\" is used by {existing.Clr?.FullName ?? "another type"} and {clr?.FullName ?? "another type"}; rename one with [GraphQLName].");
        }
        _byName[type.Name] = (type, clr);
    }

    private static void Reject(Type clr, string role)
    {
        if (clr == typeof(object) || clr == typeof(void) || clr == typeof(Task) || clr == typeof(ValueTask)
            || clr.IsPointer || clr.IsByRef || clr.IsGenericTypeDefinition || clr.IsPrimitive)
        {
            throw new InvalidOperationException($"{clr.Name} cannot be used as {role} type; bind a scalar to it or use [GraphQLType].");
        }
    }

    internal static string? Description(ICustomAttributeProvider member)
    {
        foreach (var attribute in member.GetCustomAttributes(true))
        {
            switch (attribute)
            {
                case GraphQLDescriptionAttribute d: return d.Description;
                case System.ComponentModel.DescriptionAttribute d: return d.Description;
            }
        }
        return null;
    }

    internal static string? DeprecationReason(ICustomAttributeProvider member)
    {
        foreach (var attribute in member.GetCustomAttributes(true))
        {
            switch (attribute)
            {
                case GraphQLDeprecatedAttribute d: return d.Reason;
                case ObsoleteAttribute o: return o.Message ?? BuiltInTypes.DefaultDeprecationReason;
            }
        }
        return null;
    }
}
