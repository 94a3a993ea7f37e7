// The fan-out benchmark's server: one topic, a mutation that publishes to it, a subscription that listens to it, and
// a query that reports the process's memory. Prints "Listening on http://127.0.0.1:PORT" once ready (like fed serve).
using System.Diagnostics;
using Federation.GraphQL.AspNetCore;
using Federation.GraphQL.Subscriptions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddGraphQL()
    .AddDocumentFromString("""
        type Query { managedBytes: Float, workingSetBytes: Float, subscribers: Int }
        type Mutation { publish(seq: Int!, sentAt: Float!): Boolean }
        type Subscription { onEvent: Event }
        type Event { seq: Int, sentAt: Float }
        """)
    .AddResolver("Query", "managedBytes", _ =>
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return (double)GC.GetTotalMemory(forceFullCollection: true);
    })
    .AddResolver("Query", "workingSetBytes", _ => (double)Process.GetCurrentProcess().WorkingSet64)
    .AddResolver("Query", "subscribers", ctx => ctx.Services.GetRequiredService<InMemoryEventBus>().SubscriberCount("events"))
    .AddResolver("Mutation", "publish", async ctx =>
    {
        var @event = new Dictionary<string, object?> { ["seq"] = ctx.ArgumentValue<int>("seq"), ["sentAt"] = ctx.ArgumentValue<double>("sentAt") };
        await ctx.Services.GetRequiredService<ITopicEventSender>().SendAsync("events", @event);
        return (object?)true;
    })
    .AddSubscriber("Subscription", "onEvent", ctx => ctx.SubscribeToTopic<Dictionary<string, object?>>("events"))
    .ModifyOptions(o => o.KeepAliveInterval = null);

var app = builder.Build();
app.Urls.Add($"http://127.0.0.1:{(args.Length > 0 ? args[0] : "0")}");
app.UseWebSockets();
app.MapGraphQL("/graphql");
await app.StartAsync();
Console.WriteLine($"Listening on {app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()}");
await app.WaitForShutdownAsync();
