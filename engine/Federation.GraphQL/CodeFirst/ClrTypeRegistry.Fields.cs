using System.ComponentModel;
using System.Reflection;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.CodeFirst;

internal sealed partial class ClrTypeRegistry
{
    private static readonly HashSet<string> ExcludedMethods = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "<Clone>$", "CompareTo", "Dispose", "DisposeAsync", "GetEnumerator",
    };

    // Spec 3.6 Objects / 3.7 Interfaces: public instance properties, then methods, become fields.
    private void AddFields(ComplexType owner, Type clr)
    {
        var isRoot = _roots.TryGetValue(clr, out var operation);
        var withResolvers = owner is ObjectType;
        foreach (var property in OutputProperties(clr))
        {
            AddField(owner, clr, property, property.PropertyType, _nullability.Create(property), [], isRoot, operation, withResolvers);
        }
        foreach (var method in OutputMethods(clr))
        {
            AddField(owner, clr, method, method.ReturnType, _nullability.Create(method.ReturnParameter), method.GetParameters(),
                isRoot, operation, withResolvers);
        }
    }

    private void AddField(ComplexType owner, Type clr, MemberInfo member, Type returnType, NullabilityInfo returnInfo,
        ParameterInfo[] parameters, bool isRoot, OperationType operation, bool withResolver)
    {
        var name = NamingConventions.FieldName(member);
        if (owner.Fields.Contains(name)) return;
        var (wrapper, resultType, resultInfo) = ClrTypeShape.UnwrapResult(returnType, returnInfo);
        var isSubscription = isRoot && operation == OperationType.Subscription && IsEventStream(wrapper, resultType);
        if (isSubscription && wrapper != ResultWrapper.AsyncEnumerable)
        {
            // Task<IAsyncEnumerable<T>>: the events are the stream's items.
            (_, resultType, resultInfo) = ClrTypeShape.UnwrapResult(resultType, resultInfo);
        }
        var shape = wrapper == ResultWrapper.AsyncEnumerable && !isSubscription
            ? ListOf(returnType, returnInfo)
            : ClrTypeShape.From(resultType, resultInfo);

        var field = new Field(name, OutputType(member, shape), Description(member)) { DeprecationReason = DeprecationReason(member) };
        var bindings = new List<ParameterBinding>(parameters.Length);
        foreach (var parameter in parameters) bindings.Add(BindParameter(field, parameter));
        owner.Fields.Add(field);

        if (!withResolver) return;
        if (isSubscription)
        {
            field.Subscriber = ResolverCompiler.CompileSubscriber(clr, member, bindings, isRoot);
            field.Resolver = ResolverRuntime.EventResolver;
        }
        else
        {
            var resolver = ResolverCompiler.Compile(clr, member, bindings, isRoot);
            field.Resolver = IsIdOverNonString(member, shape) ? IdValues.Wrap(resolver) : resolver;
        }
    }

    private ParameterBinding BindParameter(Field field, ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type == typeof(CancellationToken)) return new(parameter, ParameterSource.CancellationToken);
        if (type == typeof(IResolverContext) || type == typeof(IMiddlewareContext)) return new(parameter, ParameterSource.Context);
        if (parameter.GetCustomAttribute<ServiceAttribute>() is not null) return new(parameter, ParameterSource.Service);
        if (parameter.GetCustomAttribute<ParentAttribute>() is not null) return new(parameter, ParameterSource.Parent);

        var name = NamingConventions.ArgumentName(parameter);
        var shape = ClrTypeShape.From(type, _nullability.Create(parameter));
        var argument = new InputValue(name, InputType(parameter, shape), Description(parameter))
        {
            DeprecationReason = DeprecationReason(parameter),
            RuntimeType = type,
        };
        var fallback = type.IsValueType ? Activator.CreateInstance(type) : null;
        // A C# "= null" default means "absent": GraphQL needs no default for a nullable argument.
        if (DefaultValueOf(parameter) is (true, { } value))
        {
            argument.DefaultValue = ClrLiteral.From(value, argument.Type);
            fallback = ClrValueConverter.Convert(value, type);
        }
        field.Arguments.Add(argument);
        return new(parameter, ParameterSource.Argument, name, fallback);
    }

    // Spec 3.10 Input Objects: public instance properties become input fields.
    private void AddInputFields(InputObjectType owner, Type clr)
    {
        var constructorParameters = clr.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()?.GetParameters() ?? [];
        foreach (var property in InputObjectFactory.InputFields(clr))
        {
            var name = NamingConventions.FieldName(property);
            if (owner.Fields.Contains(name)) continue;
            var shape = ClrTypeShape.From(property.PropertyType, _nullability.Create(property));
            var field = new InputValue(name, InputType(property, shape), Description(property))
            {
                DeprecationReason = DeprecationReason(property),
                RuntimeType = property.PropertyType,
            };
            var parameter = constructorParameters.FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            var defaultValue = property.GetCustomAttribute<DefaultValueAttribute>() is { } attribute
                ? (true, attribute.Value)
                : parameter is not null ? DefaultValueOf(parameter) : (false, null);
            if (defaultValue is (true, { } value)) field.DefaultValue = ClrLiteral.From(value, field.Type);
            owner.Fields.Add(field);
        }
        // InputObjectFactory knows the GraphQL name of every member ([GraphQLName] renames included).
        owner.RuntimeType = clr;
        owner.RuntimeFactory = InputObjectFactory.For(clr).Create;
    }

    private GraphQLType OutputType(MemberInfo member, ClrTypeShape shape) => ApplyOverrides(member, shape, GetOutputType);

    private GraphQLType InputType(ICustomAttributeProvider member, ClrTypeShape shape) => ApplyOverrides(member, shape, GetInputType);

    private GraphQLType ApplyOverrides(ICustomAttributeProvider member, ClrTypeShape shape, Func<Type, NamedType> named)
    {
        var attributes = member.GetCustomAttributes(true);
        var typeOverride = attributes.OfType<GraphQLTypeAttribute>().FirstOrDefault();
        if (typeOverride?.TypeReference is { } reference) return TypeReference.Parse(reference, FindByName);
        if (typeOverride?.ScalarType is { } scalarType)
        {
            var scalar = GetScalarOverride(scalarType);
            named = _ => scalar;
        }
        else if (attributes.OfType<IDAttribute>().Any())
        {
            named = _ => Use(BuiltInTypes.ID);
        }
        var type = ToGraphQLType(shape, named);
        return attributes.OfType<GraphQLNonNullAttribute>().Any() && type is not NonNullType ? new NonNullType(type) : type;
    }

    private static GraphQLType ToGraphQLType(ClrTypeShape shape, Func<Type, NamedType> named)
    {
        GraphQLType type = shape.Item is { } item ? new ListType(ToGraphQLType(item, named)) : named(shape.ClrType);
        return shape.IsNullable ? type : new NonNullType(type);
    }

    // IAsyncEnumerable<T> outside subscriptions is read to the end: a non-null list of T.
    private static ClrTypeShape ListOf(Type asyncEnumerable, NullabilityInfo info)
    {
        var (_, item, itemInfo) = ClrTypeShape.UnwrapResult(asyncEnumerable, info);
        return ClrTypeShape.List(typeof(List<>).MakeGenericType(item), isNullable: false, ClrTypeShape.From(item, itemInfo));
    }

    private static bool IsEventStream(ResultWrapper wrapper, Type resultType)
        => wrapper == ResultWrapper.AsyncEnumerable
           || (wrapper is ResultWrapper.Task or ResultWrapper.ValueTask
               && ClrTypeShape.UnwrapResult(resultType, null).Wrapper == ResultWrapper.AsyncEnumerable);

    private static bool IsIdOverNonString(MemberInfo member, ClrTypeShape shape)
        => member.GetCustomAttribute<IDAttribute>() is not null && shape.NamedClrType != typeof(string);

    private static (bool Has, object? Value) DefaultValueOf(ParameterInfo parameter)
    {
        if (parameter.GetCustomAttribute<DefaultValueAttribute>() is { } attribute) return (true, attribute.Value);
        if (parameter.HasDefaultValue && parameter.DefaultValue is not DBNull) return (true, parameter.DefaultValue);
        return (false, null);
    }

    private static IEnumerable<PropertyInfo> OutputProperties(Type clr)
        => AllMembers(clr, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true }
                        && p.GetCustomAttribute<GraphQLIgnoreAttribute>() is null);

    private static IEnumerable<MethodInfo> OutputMethods(Type clr)
        => AllMembers(clr, t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition && m.DeclaringType != typeof(object)
                        && !ExcludedMethods.Contains(m.Name)
                        && m.ReturnType != typeof(void) && m.ReturnType != typeof(Task) && m.ReturnType != typeof(ValueTask)
                        && m.GetParameters().All(p => !p.ParameterType.IsByRef)
                        && m.GetCustomAttribute<GraphQLIgnoreAttribute>() is null);

    // Interfaces do not list the members of the interfaces they extend; classes list inherited members already.
    private static IEnumerable<T> AllMembers<T>(Type clr, Func<Type, T[]> members)
        => clr.IsInterface ? members(clr).Concat(clr.GetInterfaces().SelectMany(members)) : members(clr);
}
