using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Federation.GraphQL.Redis;

/// <summary>
/// The one <see cref="IConnectionMultiplexer"/> the Redis event bus, its health check and <c>AddRedisDistributedCache</c>
/// share: the keyed service <see cref="ServiceKey"/> when <c>AddRedisSubscriptions</c> was given a connection string or
/// a factory, otherwise the application's own <see cref="IConnectionMultiplexer"/> service.
/// </summary>
public static class GraphQLRedisConnection
{
    /// <summary>The DI key of the multiplexer <c>AddRedisSubscriptions(connectionString)</c> creates (e.g. for OpenTelemetry).</summary>
    public const string ServiceKey = "Federation.GraphQL.Redis";

    public static IConnectionMultiplexer Get(IServiceProvider services)
        => services.GetKeyedService<IConnectionMultiplexer>(ServiceKey)
           ?? services.GetService<IConnectionMultiplexer>()
           ?? throw new InvalidOperationException(
               "No Redis connection: pass a connection string or a multiplexer factory to AddRedisSubscriptions, or register an IConnectionMultiplexer.");

    /// <summary>
    /// Parses a StackExchange.Redis configuration string (<c>host:port,password=...,ssl=true,...</c>). Unless the string
    /// says otherwise, a failed first connection does not abort (<c>abortConnect=false</c>): the multiplexer keeps
    /// retrying in the background, so a server can start while Redis is down and recover when it comes up.
    /// </summary>
    internal static ConfigurationOptions Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var options = ConfigurationOptions.Parse(connectionString); // ArgumentException on an unknown keyword
        if (options.EndPoints.Count == 0) throw new ArgumentException($"The Redis connection string '{connectionString}' names no host.", nameof(connectionString));
        if (!connectionString.Contains("abortConnect", StringComparison.OrdinalIgnoreCase)) options.AbortOnConnectFail = false;
        return options;
    }

    internal static IConnectionMultiplexer Connect(ConfigurationOptions options) => ConnectionMultiplexer.Connect(options);
}
