using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Instrumentation.StackExchangeRedis;
using StackExchange.Redis;

namespace Federation.GraphQL.OpenTelemetry.Tests;

/// <summary>AddOpenTelemetry() traces the IConnectionMultiplexer the application registered, against a real redis-server.</summary>
public sealed class RedisTelemetryTests
{
    [Fact]
    public async Task Redis_commands_of_a_resolver_are_spans_of_the_same_trace()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestRedis.EndPoint);
        var key = $"test:otel:{Guid.NewGuid():N}";
        await using var server = await TelemetryTestServer.StartAsync(
            services: services =>
            {
                services.AddSingleton<IConnectionMultiplexer>(redis);
                services.Configure<StackExchangeRedisInstrumentationOptions>(o => o.FlushInterval = TimeSpan.FromMilliseconds(100));
            },
            extra: ctx =>
            {
                var db = ctx.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
                db.StringSet(key, "v");
                return db.StringGet(key).ToString();
            });

        var body = await server.PostAsync("{ extra }");

        Assert.Equal("""{"data":{"extra":"v"}}""", body);
        var graphql = await server.WaitForSpanAsync(s => s.Source.Name == Telemetry.GraphQLTelemetry.Name && s.DisplayName == "query");
        var command = await server.WaitForSpanAsync(s => s.Source.Name.Contains("StackExchangeRedis", StringComparison.Ordinal) && s.DisplayName == "GET");
        Assert.Equal(graphql.TraceId, command.TraceId);
    }
}
