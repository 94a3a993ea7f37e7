using System.Collections.Concurrent;
using System.Text.Json;
using Federation.Bench.GraphQLNetServer;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

// The GraphQL.NET 8.8.5 peer of the serving benchmark: POST /graphql on a minimal ASP.NET Core endpoint (the
// GraphQL.Server transport package is not available here) that reads the request with GraphQL.SystemTextJson,
// executes it with DocumentExecuter over bench/serve/schema.graphql (Schema.For) and the data of root.json, and
// writes the response with the same serializer. Parsed documents are cached after a successful run and then run
// without validation rules, which is what GraphQL.NET's MemoryDocumentCache (package GraphQL.MemoryCache) does on
// a hit. Usage: GraphQLNetServer <port> <schema.graphql> <root.json>
var port = int.Parse(args[0]);
ISchema schema = Schema.For(File.ReadAllText(args[1]));
schema.Initialize();
var root = JsonSerializer.Deserialize<ServeRoot>(File.ReadAllText(args[2]), new JsonSerializerOptions(JsonSerializerDefaults.Web))
    ?? throw new InvalidOperationException("root.json is empty");
var serializer = new GraphQLSerializer();
var executer = new DocumentExecuter();
var documents = new ConcurrentDictionary<string, GraphQLDocument>(StringComparer.Ordinal);

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseKestrel(o => o.AddServerHeader = false);
var app = builder.Build();
app.Urls.Add($"http://127.0.0.1:{port}");
app.MapPost("/graphql", async context =>
{
    var request = await serializer.ReadAsync<GraphQLRequest>(context.Request.Body, context.RequestAborted);
    if (request?.Query is not { } query)
    {
        context.Response.StatusCode = 400;
        return;
    }
    var options = new ExecutionOptions
    {
        Schema = schema,
        Query = query,
        OperationName = request.OperationName,
        Variables = request.Variables,
        Root = root,
        CancellationToken = context.RequestAborted,
    };
    var cached = documents.TryGetValue(query, out var document);
    if (cached)
    {
        options.Document = document;
        options.ValidationRules = [];
    }
    var result = await executer.ExecuteAsync(options);
    if (!cached && result.Executed && result.Document is { } parsed) documents.TryAdd(query, parsed);
    context.Response.ContentType = "application/json; charset=utf-8";
    await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
});
await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
Console.WriteLine($"Listening on {address}");
await app.WaitForShutdownAsync();
