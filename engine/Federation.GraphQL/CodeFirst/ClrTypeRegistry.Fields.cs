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
        OperationType? operation = _roots.TryGetValue(clr, out var kind) ? kind : null;
        ResolverInstance? instance = owner is not ObjectType ? null : operation is null ? ResolverInstance.Parent : ResolverInstance.Root;
        foreach (var property in OutputProperties(clr, BindingFlags.Instance))
        {
            AddField(owner, clr, property, property.PropertyType, _nullability.Create(property), [], operation, instance);
        }
        foreach (var method in OutputMethods(clr, BindingFlags.Instance))
        {
            AddField(owner, clr, method, method.ReturnType, _nullability.Create(method.ReturnParameter), method.GetParameters(), operation, instance);
        }
    }

    /// <summary>A type extension's public properties and methods (instance or static) become fields of <paramref name="owner"/>.</summary>
    public void AddExtensionFields(ObjectType owner, Type extension)
    {
        var operation = OperationOf(owner);
        foreach (var property in OutputProperties(extension, BindingFlags.Instance | BindingFlags.Static))
        {
            AddField(owner, extension, property, property.PropertyType, _nullability.Create(property), [], operation, ResolverInstance.Service);
        }
        foreach (var method in OutputMethods(extension, BindingFlags.Instance | BindingFlags.Static))
        {
            AddField(owner, extension, method, method.ReturnType, _nullability.Create(method.ReturnParameter), method.GetParameters(),
                operation, ResolverInstance.Service);
        }
    }

    private void AddField(ComplexType owner, Type clr, MemberInfo member, Type returnType, NullabilityInfo returnInfo,
        ParameterInfo[] parameters, OperationType? operation, ResolverInstance? instance)
    {
        var name = NamingConventions.FieldName(member);
        if (owner.Fields.Contains(name)) return;
        var subscribe = member.GetCustomAttribute<SubscribeAttribute>();
        if (subscribe is not null && operation != OperationType.Subscription)
        {
            throw new InvalidOperationException($"[Subscribe] on {clr.Name}.{member.Name}: only fields of the subscription type subscribe.");
        }
        var (wrapper, resultType, resultInfo) = ClrTypeShape.UnwrapResult(returnType, returnInfo);
        var isStream = operation == OperationType.Subscription && subscribe is null && IsEventStream(wrapper, resultType);
        if (isStream && wrapper != ResultWrapper.AsyncEnumerable)
        {
            // Task<IAsyncEnumerable<T>>: the events are the stream's items.
            (_, resultType, resultInfo) = ClrTypeShape.UnwrapResult(resultType, resultInfo);
        }
        var shape = wrapper == ResultWrapper.AsyncEnumerable && !isStream
            ? ListOf(returnType, returnInfo)
            : ClrTypeShape.From(resultType, resultInfo);

        var field = new Field(name, OutputType(member, shape), Description(member)) { DeprecationReason = DeprecationReason(member) };
        var bindings = new List<ParameterBinding>(parameters.Length);
        foreach (var parameter in parameters) bindings.Add(BindParameter(field, parameter));
        owner.Fields.Add(field);

        if (instance is not { } on) return;
        if (member is MethodInfo method && subscribe is not null)
        {
            field.Subscriber = TopicSubscriber(field, clr, method, subscribe, bindings, resultType, on);
            field.Resolver = ResolverCompiler.Compile(clr, member, bindings, on);
        }
        else if (isStream)
        {
            field.Subscriber = ResolverCompiler.CompileSubscriber(clr, member, bindings, on);
            field.Resolver = ResolverRuntime.EventResolver;
        }
        else
        {
            var resolver = ResolverCompiler.Compile(clr, member, bindings, on);
            field.Resolver = IsIdOverNonString(member, shape) ? IdValues.Wrap(resolver) : resolver;
        }
    }

    // [Subscribe]: the source stream is a topic of the event bus, or the stream of the method named by With.
    private SubscribeResolver TopicSubscriber(Field field, Type clr, MethodInfo method, SubscribeAttribute subscribe,
        List<ParameterBinding> bindings, Type resultType, ResolverInstance instance)
    {
        var where = $"{clr.Name}.{method.Name}";
        if (subscribe.With is { } with)
        {
            var source = clr.GetMethod(with, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
                ?? throw new InvalidOperationException($"[Subscribe(With = \"{with}\")] on {where}: {clr.Name} has no public method {with}.");
            var sourceBindings = source.GetParameters().Select(p => BindParameter(field, p)).ToList();
            return ResolverCompiler.CompileSubscriber(clr, source, sourceBindings, instance);
        }
        var message = bindings.Find(b => b.Source == ParameterSource.EventMessage)?.Parameter.ParameterType ?? subscribe.MessageType ?? resultType;
        var topicArgument = bindings.Find(b => b.Source == ParameterSource.Argument && b.Parameter.IsDefined(typeof(TopicAttribute)))?.ArgumentName;
        var template = method.GetCustomAttribute<TopicAttribute>()?.Name
            ?? (topicArgument is not null ? "{" + topicArgument + "}" : method.Name);
        return TopicTemplate.Subscriber(message, TopicTemplate.Parse(template, where, field.Arguments.Select(a => a.Name).ToList()));
    }

    private ParameterBinding BindParameter(Field field, ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type == typeof(CancellationToken)) return new(parameter, ParameterSource.CancellationToken);
        if (type == typeof(IResolverContext) || type == typeof(IMiddlewareContext)) return new(parameter, ParameterSource.Context);
        if (parameter.GetCustomAttribute<ServiceAttribute>() is not null) return new(parameter, ParameterSource.Service);
        if (parameter.GetCustomAttribute<ParentAttribute>() is not null) return new(parameter, ParameterSource.Parent);
        if (parameter.GetCustomAttribute<EventMessageAttribute>() is not null) return new(parameter, ParameterSource.EventMessage);
        if (IsDataLoader(type)) return new(parameter, ParameterSource.DataLoader);
        if (IsInferredService(type)) return new(parameter, ParameterSource.Service);

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
        // A [Subscribe(With)] source method shares the arguments of its field.
        if (!field.Arguments.Contains(name)) field.Arguments.Add(argument);
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

    private static IEnumerable<PropertyInfo> OutputProperties(Type clr, BindingFlags kind)
        => AllMembers(clr, t => t.GetProperties(BindingFlags.Public | kind))
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true }
                        && p.GetCustomAttribute<GraphQLIgnoreAttribute>() is null);

    private static IEnumerable<MethodInfo> OutputMethods(Type clr, BindingFlags kind)
    {
        var streamSources = clr.GetMethods(BindingFlags.Public | kind)
            .Select(m => m.GetCustomAttribute<SubscribeAttribute>()?.With).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return AllMembers(clr, t => t.GetMethods(BindingFlags.Public | kind))
            .Where(m => !m.IsSpecialName && !streamSources.Contains(m.Name) && !m.IsGenericMethodDefinition && m.DeclaringType != typeof(object)
                        && !ExcludedMethods.Contains(m.Name)
                        && m.ReturnType != typeof(void) && m.ReturnType != typeof(Task) && m.ReturnType != typeof(ValueTask)
                        && m.GetParameters().All(p => !p.ParameterType.IsByRef)
                        && m.GetCustomAttribute<GraphQLIgnoreAttribute>() is null);
    }

    // Interfaces do not list the members of the interfaces they extend; classes list inherited members already.
    private static IEnumerable<T> AllMembers<T>(Type clr, Func<Type, T[]> members)
        => clr.IsInterface ? members(clr).Concat(clr.GetInterfaces().SelectMany(members)) : members(clr);
}
