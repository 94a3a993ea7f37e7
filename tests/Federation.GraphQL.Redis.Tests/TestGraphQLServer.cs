using System.Text;
using System.Text.Json;
using Federation.GraphQL.AspNetCore;
using Federation.GraphQL.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.GraphQL.Redis.Tests;

/// <summary>A Kestrel GraphQL server on 127.0.0.1:0 whose subscriptions travel through Redis (rooms of messages).</summary>
public sealed class TestGraphQLServer : IAsyncDisposable
{
    private const string Sdl = """
        type Query { ok: Boolean }
        type Message { room: String! text: String! }
        type Mutation { post(room: String!, text: String!): Message! }
        type Subscription { onMessage(room: String!): Message! }
        """;

    private TestGraphQLServer(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
    }

    public sealed record Message(string Room, string Text);

    public WebApplication App { get; }

    public Uri Address { get; }

    /// <summary>Starts a server on <paramref name="redis"/>; <paramref name="onBuilder"/> registers the bus on the GraphQL builder.</summary>
    public static async Task<TestGraphQLServer> StartAsync(string redis, string prefix, bool onBuilder = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var graphql = builder.Services.AddGraphQL()
            .AddDocumentFromString(Sdl)
            .AddResolver("Mutation", "post", async ctx =>
            {
                var message = new Message(ctx.ArgumentValue<string>("room"), ctx.ArgumentValue<string>("text"));
                await ctx.Services.GetRequiredService<ITopicEventSender>().SendAsync("messages:" + message.Room, message);
                return (object?)message;
            })
            .AddSubscriber("Subscription", "onMessage", ctx => ctx.SubscribeToTopic<Message>("messages:" + ctx.ArgumentValue<string>("room")));
        if (onBuilder) graphql.AddRedisSubscriptions(redis, o => o.ChannelPrefix = prefix);
        else builder.Services.AddRedisSubscriptions(redis, o => o.ChannelPrefix = prefix);
        var app = builder.Build();
        app.MapGraphQL("/graphql");
        app.MapGraphQLHealth();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestGraphQLServer(app, new Uri(address));
    }

    /// <summary>Subscribers of <paramref name="topic"/> on the in-memory bus (zero when Redis carries the events).</summary>
    public int InMemorySubscribers(string topic) => App.Services.GetRequiredService<InMemoryEventBus>().SubscriberCount(topic);

    /// <summary>Runs the <c>post</c> mutation; returns the response body.</summary>
    public async Task<string> PostAsync(HttpClient client, string room, string text)
    {
        var body = JsonSerializer.Serialize(new
        {
            query = "mutation($r: String!, $t: String!) { post(room: $r, text: $t) { room text } }",
            variables = new { r = room, t = text },
        });
        using var response = await client.PostAsync(new Uri(Address, "/graphql"), new StringContent(body, Encoding.UTF8, "application/json"));
        return await response.Content.ReadAsStringAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
