using System.Collections.Concurrent;
using System.Reflection;

namespace Federation.GraphQL.Execution.DataLoader;

/// <summary>
/// Creates a DataLoader with constructor arguments from the request services: the public constructor with the most
/// parameters whose every parameter is a service or has a default value (as ActivatorUtilities picks, without the DI package).
/// </summary>
internal static class DataLoaderActivator
{
    private static readonly ConcurrentDictionary<Type, ConstructorInfo[]> s_constructors = new();

    public static T Create<T>(IServiceProvider services)
    {
        var constructors = s_constructors.GetOrAdd(typeof(T), static type => type.GetConstructors()
            .OrderByDescending(c => c.GetParameters().Length)
            .ToArray());
        foreach (var constructor in constructors)
        {
            var parameters = constructor.GetParameters();
            var arguments = new object?[parameters.Length];
            var resolved = true;
            for (var i = 0; i < parameters.Length && resolved; i++)
            {
                var parameter = parameters[i];
                var service = services.GetService(parameter.ParameterType);
                if (service is not null) arguments[i] = service;
                else if (parameter.HasDefaultValue) arguments[i] = parameter.DefaultValue;
                else resolved = false;
            }
            if (resolved) return (T)constructor.Invoke(arguments);
        }
        throw new InvalidOperationException(
            $"Cannot create {typeof(T).Name}: no public constructor whose parameters are all request services or have default values.");
    }
}
