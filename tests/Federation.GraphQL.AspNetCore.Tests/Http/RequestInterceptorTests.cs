using System.Net.Http.Json;
using System.Text.Json;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Path = Federation.GraphQL.Execution.Path;

namespace Federation.GraphQL.AspNetCore.Tests.Http;

/// <summary><see cref="IGraphQLHttpRequestInterceptor"/>: a registered interceptor traces the requests it picks and adds result extensions.</summary>
public sealed class RequestInterceptorTests
{
    /// <summary>Counts the resolvers of requests that carry the header <c>x-count</c> and answers <c>extensions.resolvers</c>.</summary>
    private sealed class CountingInterceptor : IGraphQLHttpRequestInterceptor
    {
        public IGraphQLHttpRequestScope? Begin(HttpContext context)
            => context.Request.Headers.ContainsKey("x-count") ? new Scope() : null;

        private sealed class Scope : IGraphQLHttpRequestScope, IFieldTracer
        {
            private int _started;
            private int _ended;

            public IFieldTracer FieldTracer => this;

            public object? ResolverStarting(Path path, ObjectType parentType, Field field)
            {
                Interlocked.Increment(ref _started);
                return null;
            }

            public void ResolverEnded(object? state) => Interlocked.Increment(ref _ended);

            public IReadOnlyDictionary<string, object?> Complete(ExecutionResult result)
                => new Dictionary<string, object?> { ["resolvers"] = new Dictionary<string, object?> { ["started"] = _started, ["ended"] = _ended } };
        }
    }

    private static async Task<(WebApplication App, HttpClient Client)> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<IGraphQLHttpRequestInterceptor, CountingInterceptor>();
        builder.Services.AddGraphQL()
            .AddDocumentFromString("type Query { hello: String items: [Item!]! } type Item { id: ID! }")
            .AddResolver("Query", "hello", _ => "world")
            .AddResolver("Query", "items", _ => new object[] { new Dictionary<string, object?> { ["id"] = "1" }, new Dictionary<string, object?> { ["id"] = "2" } })
            .ModifyOptions(o => o.EnableBatching = true);
        var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return (app, new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) });
    }

    private static async Task<string> PostAsync(HttpClient client, object body, bool count)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        if (count) request.Headers.Add("x-count", "1");
        using var response = await client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Interceptor_Traces_The_Requests_It_Picks_And_Adds_Extensions()
    {
        var (app, client) = await StartAsync();
        await using var _ = app;
        using var __ = client;
        Assert.Equal("""{"data":{"hello":"world","items":[{"id":"1"},{"id":"2"}]},"extensions":{"resolvers":{"started":4,"ended":4}}}""",
            await PostAsync(client, new { query = "{ hello items { id } }" }, count: true));
        Assert.Equal("""{"data":{"hello":"world"}}""", await PostAsync(client, new { query = "{ hello }" }, count: false));
    }

    [Fact]
    public async Task Interceptor_Sees_Each_Request_Of_A_Batch_And_Requests_That_Fail_Validation()
    {
        var (app, client) = await StartAsync();
        await using var _ = app;
        using var __ = client;
        var json = await PostAsync(client, new object[] { new { query = "{ hello }" }, new { query = "{ nope }" } }, count: true);
        var results = JsonDocument.Parse(json).RootElement;
        Assert.Equal(1, results[0].GetProperty("extensions").GetProperty("resolvers").GetProperty("ended").GetInt32());
        Assert.Equal(0, results[1].GetProperty("extensions").GetProperty("resolvers").GetProperty("started").GetInt32());
        Assert.True(results[1].TryGetProperty("errors", out var _));
    }
}
