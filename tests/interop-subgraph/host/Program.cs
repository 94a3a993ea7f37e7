// Serves one of the interop test subgraphs on 127.0.0.1 (port from --port, 0 = free) at /graphql and prints
// "Listening on http://127.0.0.1:<port>" once ready. Usage: Federation.Subgraph.TestHost <products|inventory|reviews|catalog|media> [--port N]
using Federation.GraphQL.AspNetCore;
using Federation.Subgraph;
using Federation.Subgraph.TestHost;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

var name = args.Length > 0 ? args[0] : "products";
var port = Array.IndexOf(args, "--port") is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : 0;

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
var graphql = builder.Services.AddGraphQL();
switch (name)
{
    case "products":
        graphql.AddDocumentFromString(Subgraphs.ProductsSdl).AddFederation()
            .AddResolver("Query", "topProducts", ctx => Subgraphs.Products.Take(ctx.ArgumentValue<int>("first")).ToList())
            .AddBatchReferenceResolver("Product", (representations, _) => new ValueTask<IReadOnlyList<object?>>(
                representations.Select(r => (object?)Subgraphs.Products.FirstOrDefault(p => Equals(p["upc"], r["upc"]))).ToList()));
        break;
    case "inventory":
        graphql.AddDocumentFromString(Subgraphs.InventorySdl).AddFederation()
            .AddResolver("Product", "inStock", ctx => ctx.Parent is IReadOnlyDictionary<string, object?> p && (string?)p["upc"] != "3")
            .AddResolver("Product", "shippingEstimate", ctx => ctx.Parent is IReadOnlyDictionary<string, object?> p && p.GetValueOrDefault("price") is IConvertible price
                ? (object?)(price.ToDouble(System.Globalization.CultureInfo.InvariantCulture) > 1000 ? 0 : 50) : null);
        break;
    case "reviews":
        graphql.AddQueryType<ReviewsQuery>().AddFederation(o => o.Version = FederationVersion.Federation26);
        break;
    case "catalog":
        graphql.AddQueryType<CatalogQuery>().AddType<Book>().AddType<Dvd>().AddFederation(o => o.Version = FederationVersion.Federation29);
        break;
    case "media":
        graphql.AddDocumentFromString(DirectiveSubgraphs.MediaSdl).AddFederation()
            .AddResolver("Query", "topRated", _ => new[] { DirectiveSubgraphs.Rating("b1") })
            .AddReferenceResolver("Inventory", (representation, _) => DirectiveSubgraphs.Rating(representation["id"]));
        break;
    default:
        Console.Error.WriteLine($"Unknown subgraph \"{name}\" (products, inventory, reviews, catalog, media).");
        return 2;
}

var app = builder.Build();
app.MapGraphQL("/graphql");
await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
Console.WriteLine($"Listening on {address}");
await app.WaitForShutdownAsync();
return 0;
