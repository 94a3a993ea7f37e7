using Federation.GraphQL.Execution;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.GraphQL.AspNetCore.Tests.Executors;

/// <summary>
/// One options path per named server (<c>ModifyOptions</c>): transport, executor and parser options of one server do
/// not reach another; and an application's own <see cref="IRequestExecutor"/> served through <c>UseRequestExecutor</c>.
/// </summary>
public sealed class ServerOptionsTests
{
    private const string Sdl = "type Query { hello: String }";

    [Fact]
    public async Task Two_named_servers_keep_their_own_server_executor_and_parser_options()
    {
        await using var app = await StartAsync(services =>
        {
            services.AddGraphQL("strict")
                .AddDocumentFromString(Sdl)
                .AddResolver("Query", "hello", _ => "hello")
                .UseField(next => async context =>
                {
                    await next(context);
                    context.Result = (context.Result as string)?.ToUpperInvariant();
                })
                .ModifyOptions(o =>
                {
                    o.Executor.ParserOptions = new ParserOptions { MaxTokens = 8 };
                    o.MaxJsonDepth = 2;
                    o.EnableGetRequests = false;
                });
            services.AddGraphQL("loose")
                .AddDocumentFromString(Sdl)
                .AddResolver("Query", "hello", _ => "hello");
        });
        var strict = app.Services.GetRequiredKeyedService<GraphQLServer>("strict");
        var loose = app.Services.GetRequiredKeyedService<GraphQLServer>("loose");
        Assert.Equal(8, strict.Options.Executor.ParserOptions.MaxTokens);
        Assert.Equal(ParserOptions.Default.MaxTokens, loose.Options.Executor.ParserOptions.MaxTokens);
        Assert.Same(strict.Options.Executor, ((RequestExecutor)strict.Executor).Options);

        // Executor options: the middleware of "strict" only.
        Assert.Equal("""{"data":{"hello":"HELLO"}}""", await PostAsync(app, "/strict", """{"query":"{ hello }"}"""));
        Assert.Equal("""{"data":{"hello":"hello"}}""", await PostAsync(app, "/loose", """{"query":"{ hello }"}"""));
        // Parser options: eleven tokens pass on "loose" only.
        const string elevenTokens = """{"query":"{ a: hello b: hello c: hello }"}""";
        Assert.Contains("tokens", await PostAsync(app, "/strict", elevenTokens));
        Assert.Equal("""{"data":{"a":"hello","b":"hello","c":"hello"}}""", await PostAsync(app, "/loose", elevenTokens));
        // Server options: JSON depth and GET.
        const string nested = """{"query":"{ hello }","extensions":{"a":{}}}""";
        Assert.Contains("MaxJsonDepth (2)", await PostAsync(app, "/strict", nested));
        Assert.Equal("""{"data":{"hello":"hello"}}""", await PostAsync(app, "/loose", nested));
        using (var get = await app.Client.GetAsync("/strict?query=%7Bhello%7D")) Assert.Equal(405, (int)get.StatusCode);
        using (var get = await app.Client.GetAsync("/loose?query=%7Bhello%7D")) Assert.Equal(200, (int)get.StatusCode);
    }

    [Fact]
    public async Task An_application_executor_is_served_on_every_transport_path()
    {
        var inner = new RequestExecutor(new SchemaBuilder().AddDocument(Sdl).AddResolver("Query", "hello", _ => "inner").Build());
        await using var app = await StartAsync(services => services.AddGraphQL("custom").UseRequestExecutor(_ => new TaggingExecutor(inner)));
        Assert.Equal("""{"data":{"hello":"inner"},"extensions":{"executor":"tagging"}}""",
            await PostAsync(app, "/custom", """{"query":"{ hello }"}"""));
        // The GET path asks the executor for the document (mutations are refused before execution).
        using var get = await app.Client.GetAsync("/custom?query=%7Bhello%7D");
        Assert.Equal("""{"data":{"hello":"inner"},"extensions":{"executor":"tagging"}}""", await get.Content.ReadAsStringAsync());
    }

    [Fact]
    public void A_schema_and_an_executor_together_are_a_clear_error()
    {
        var services = new ServiceCollection();
        services.AddGraphQL().AddDocumentFromString(Sdl).UseRequestExecutor(_ => null!);
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<GraphQLServer>());
        Assert.Contains("both a schema and an executor", error.Message);
    }

    private static async Task<string> PostAsync(TestApp app, string path, string body)
    {
        using var response = await app.Client.PostAsync(path, Http.HttpTestServer.Json(body));
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<TestApp> StartAsync(Action<IServiceCollection> configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        configure(builder.Services);
        var app = builder.Build();
        foreach (var name in new[] { "strict", "loose", "custom" })
        {
            if (app.Services.GetKeyedService<GraphQLServer>(name) is not null) app.MapGraphQL("/" + name, name);
        }
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new TestApp(app, new HttpClient { BaseAddress = new Uri(address) });
    }

    private sealed record TestApp(WebApplication App, HttpClient Client) : IAsyncDisposable
    {
        public IServiceProvider Services => App.Services;

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await App.DisposeAsync();
        }
    }

    /// <summary>An executor of the application's own: delegates to another and marks its results.</summary>
    private sealed class TaggingExecutor(IRequestExecutor inner) : IRequestExecutor
    {
        public Schema Schema => inner.Schema;

        public PreparedDocument GetDocument(string query) => inner.GetDocument(query);

        public PreparedDocument GetDocument(ReadOnlyMemory<byte> utf8Query) => inner.GetDocument(utf8Query);

        public async ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request)
        {
            var result = await inner.ExecuteAsync(request);
            return new ExecutionResult(result.Data, result.Errors, result.HasData, new Dictionary<string, object?> { ["executor"] = "tagging" });
        }

        public ValueTask<SubscriptionResult> SubscribeAsync(ExecutionRequest request) => inner.SubscribeAsync(request);
    }
}
