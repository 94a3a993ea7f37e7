using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

// The ceiling of the serving benchmark: a bare Kestrel endpoint at POST /graphql that reads the request body and
// answers the canned response bytes recorded for it (the same bytes and Content-Type `fed serve` answers), written
// to the response pipe as Federation's handler does. Usage: Ceiling <port> <request.json> <response.json> [...pairs]
var port = int.Parse(args[0]);
var canned = new Dictionary<string, byte[]>(StringComparer.Ordinal);
for (var i = 1; i + 1 < args.Length; i += 2) canned[File.ReadAllText(args[i]).Trim()] = File.ReadAllBytes(args[i + 1]);

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseKestrel(o => o.AddServerHeader = false);
var app = builder.Build();
app.Urls.Add($"http://127.0.0.1:{port}");
app.MapPost("/graphql", async context =>
{
    var reader = context.Request.BodyReader;
    ReadResult read;
    while (true)
    {
        read = await reader.ReadAsync(context.RequestAborted);
        if (read.IsCompleted) break;
        reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
    }
    var body = Encoding.UTF8.GetString(read.Buffer).Trim();
    reader.AdvanceTo(read.Buffer.End);
    if (!canned.TryGetValue(body, out var response))
    {
        context.Response.StatusCode = 404;
        return;
    }
    context.Response.ContentType = "application/json; charset=utf-8";
    context.Response.BodyWriter.Write(response);
});
await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
Console.WriteLine($"Listening on {address}");
await app.WaitForShutdownAsync();
