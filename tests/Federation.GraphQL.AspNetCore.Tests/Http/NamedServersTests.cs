using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.GraphQL.AspNetCore.Tests.Http;

/// <summary>Several GraphQL servers in one application: AddGraphQL(name) + MapGraphQL(path, name).</summary>
public sealed class NamedServersTests
{
    [Fact]
    public async Task Each_path_serves_its_own_schema_and_options()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddGraphQL("first")
            .AddDocumentFromString("type Query { first: String }")
            .AddResolver("Query", "first", _ => "one");
        builder.Services.AddGraphQL("second")
            .AddQueryType<SecondQuery>()
            .ModifyOptions(o => o.EnableGetRequests = false);
        await using var app = builder.Build();
        app.MapGraphQL("/first", "first");
        app.MapGraphQL("/second", "second");
        app.MapGraphQLHealth();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        Assert.Equal("""{"data":{"first":"one"}}""", await PostAsync(client, "/first", "{ first }"));
        Assert.Equal("""{"data":{"second":"two"}}""", await PostAsync(client, "/second", "{ second }"));
        // The other server's field is unknown on each path.
        Assert.Contains("Cannot query field", await PostAsync(client, "/first", "{ second }"));
        // Options are per server: GET stays enabled on /first, disabled on /second.
        using (var get = await client.GetAsync("/first?query=%7Bfirst%7D")) Assert.Equal(200, (int)get.StatusCode);
        using (var get = await client.GetAsync("/second?query=%7Bsecond%7D")) Assert.Equal(405, (int)get.StatusCode);
        using (var ready = await client.GetAsync("/health/ready")) Assert.Equal(200, (int)ready.StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public void Mapping_an_unknown_name_is_a_clear_error()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddGraphQL("known").AddDocumentFromString("type Query { a: Int }");
        var app = builder.Build();
        var error = Assert.Throws<InvalidOperationException>(() => app.MapGraphQL("/other", "other"));
        Assert.Contains("AddGraphQL(\"other\")", error.Message);
    }

    [Fact]
    public void The_same_name_twice_is_a_clear_error()
    {
        var services = new ServiceCollection();
        services.AddGraphQL("twice").AddDocumentFromString("type Query { a: Int }");
        var error = Assert.Throws<InvalidOperationException>(() => services.AddGraphQL("twice"));
        Assert.Contains("twice", error.Message);
    }

    [Fact]
    public async Task A_broken_named_schema_makes_readiness_fail()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddGraphQL("good").AddDocumentFromString("type Query { a: Int }");
        builder.Services.AddGraphQL("broken").AddDocumentFromString("type Query { a: Missing }");
        await using var app = builder.Build();
        app.MapGraphQLHealth();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        using (var ready = await client.GetAsync("/health/ready")) Assert.Equal(503, (int)ready.StatusCode);
        using (var live = await client.GetAsync("/health/live")) Assert.Equal(200, (int)live.StatusCode);
        await app.StopAsync();
    }

    private static async Task<string> PostAsync(HttpClient client, string path, string query)
    {
        using var response = await client.PostAsync(path, HttpTestServer.Json(HttpTestServer.Request(query)));
        return await response.Content.ReadAsStringAsync();
    }

    public sealed class SecondQuery
    {
        public string Second => "two";
    }
}
