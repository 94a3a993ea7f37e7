// The standard gateway benchmark's four subgraphs (accounts, inventory, products, reviews) as one app, each on its own
// path with its own schema; GET /health answers 200 once all four schemas are built. Prints "Listening on <url>".
// Usage: dotnet run -c Release --project bench/Subgraphs -- --urls http://127.0.0.1:4200   (the default URL)
using Federation.Bench.Subgraphs;
using Federation.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls("http://127.0.0.1:4200");

Accounts.Add(builder.Services);     // code first
Products.Add(builder.Services);     // code first
Inventory.Add(builder.Services);    // schema first
Reviews.Add(builder.Services);      // schema first

var app = builder.Build();
foreach (var name in (string[])["accounts", "inventory", "products", "reviews"]) app.MapGraphQL("/" + name, name);
app.MapHealthChecks("/health");
await app.StartAsync();
foreach (var address in app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses)
    Console.WriteLine($"Listening on {address}");
await app.WaitForShutdownAsync();
