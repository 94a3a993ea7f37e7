using System.Net.Http.Headers;
using System.Text;
using Federation.GraphQL.AspNetCore;
using Federation.GraphQL.Subscriptions;
using Federation.Redis.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.Redis.Tests;

/// <summary>
/// Two GraphQL server instances share the Redis event bus: a client subscribed on one receives the event that a
/// mutation sent through the other (the way a user scales the gateway or a subgraph out).
/// </summary>
public class TwoServerSubscriptionTests
{
    private const string Sdl = """
        type Query { ok: Boolean }
        type Review { product: String! stars: Int! }
        type Mutation { addReview(product: String!, stars: Int!): Review! }
        type Subscription { reviewAdded: Review! }
        """;

    public sealed record Review(string Product, int Stars);

    [Fact]
    public async Task Subscriber_On_One_Server_Receives_A_Mutation_Made_On_The_Other()
    {
        var prefix = RedisTestServer.Key("servers") + ":";
        await using var serverA = await StartAsync(prefix);
        await using var serverB = await StartAsync(prefix);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        // Subscribe on A over SSE (distinct connections mode).
        using var subscribe = new HttpRequestMessage(HttpMethod.Post, new Uri(serverA.Address, "/graphql"))
        {
            Content = new StringContent("""{"query":"subscription { reviewAdded { product stars } }"}""", Encoding.UTF8, "application/json"),
        };
        subscribe.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await client.SendAsync(subscribe, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.EnsureSuccessStatusCode().StatusCode);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var firstEvent = ReadNextEventDataAsync(reader);

        // Mutate on B until the event shows up on A (the Redis subscription may still be settling at first).
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var sent = 0;
        while (!firstEvent.IsCompleted)
        {
            timeout.Token.ThrowIfCancellationRequested();
            using var mutation = await client.PostAsync(new Uri(serverB.Address, "/graphql"), new StringContent(
                $$"""{"query":"mutation { addReview(product: \"table\", stars: {{++sent}}) { stars } }"}""", Encoding.UTF8, "application/json"));
            Assert.Contains($"\"stars\":{sent}", await mutation.Content.ReadAsStringAsync());
            await Task.WhenAny(firstEvent, Task.Delay(200));
        }

        var data = await firstEvent;
        Assert.StartsWith("{\"data\":{\"reviewAdded\":{\"product\":\"table\",\"stars\":", data);
        Assert.Equal(0, serverA.App.Services.GetRequiredService<InMemoryEventBus>().SubscriberCount("reviewAdded")); // it went through Redis
    }

    private static async Task<string> ReadNextEventDataAsync(StreamReader reader)
    {
        string? eventName = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event:", StringComparison.Ordinal)) eventName = line[6..].Trim();
            else if (line.StartsWith("data:", StringComparison.Ordinal) && eventName == "next") return line[5..].Trim();
        }
        throw new InvalidOperationException("The event stream ended without a next event.");
    }

    private static async Task<RunningServer> StartAsync(string prefix)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddGraphQL()
            .AddDocumentFromString(Sdl)
            .AddResolver("Mutation", "addReview", async ctx =>
            {
                var review = new Review(ctx.ArgumentValue<string>("product"), ctx.ArgumentValue<int>("stars"));
                var sender = (ITopicEventSender)ctx.Services.GetService(typeof(ITopicEventSender))!;
                await sender.SendAsync("reviewAdded", review);
                return review;
            })
            .AddSubscriber("Subscription", "reviewAdded", ctx => ctx.SubscribeToTopic<Review>("reviewAdded"));
        builder.Services.AddRedisSubscriptions(RedisTestServer.Shared, o => o.ChannelPrefix = prefix);
        var app = builder.Build();
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningServer(app, new Uri(address));
    }

    private sealed record RunningServer(WebApplication App, Uri Address) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }
}
