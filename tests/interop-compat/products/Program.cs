// The `products` subgraph of Apollo's subgraph compatibility suite (products.graphql, the schema the suite checks),
// built schema first on Federation.Subgraph and served at "/" on 127.0.0.1. Usage:
//   Federation.Compat.Products [--port 4001]
// Prints "Listening on http://127.0.0.1:<port>" once ready.
using Federation.Compat.Products;
using Federation.GraphQL.AspNetCore;
using Federation.Subgraph;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

var port = Array.IndexOf(args, "--port") is var i and >= 0 && i + 1 < args.Length
    ? int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture)
    : 4001;

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
builder.Services.AddGraphQL()
    .AddDocumentFromString(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "products.graphql")))
    .AddFederation()
    .AddProductsResolvers();

var app = builder.Build();
app.MapGraphQL("/");
await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
Console.WriteLine($"Listening on {address}");
await app.WaitForShutdownAsync();
