using Federation.GraphQL.CodeFirst;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Execution.DataLoader;
using Federation.GraphQL.Subscriptions;
using Federation.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.GraphQL.Tests.CodeFirst;

/// <summary>Type extensions, SDL mixed with C# types, and the errors of the HotChocolate-style attributes.</summary>
public sealed class HotChocolateApiTests
{
    public sealed record Book(int Id, string Title);

    public sealed class BookQuery
    {
        public Book Book(int id) => new(id, "Dune");
    }

    [ExtendObjectType<Book>]
    public sealed class BookExtensions
    {
        public string Shout([Parent] Book book, string suffix = "!") => book.Title.ToUpperInvariant() + suffix;
    }

    [ExtendObjectType("Query")]
    public static class StaticQueries
    {
        public static int Answer => 42;
    }

    [ExtendObjectType("Nowhere")]
    public sealed class Orphan
    {
        public int X => 1;
    }

    public sealed class BadTopicSubscription
    {
        [Subscribe]
        [Topic("books/{bookId}")]
        public Book OnBook(int id, [EventMessage] Book book) => book;
    }

    public sealed class SubscribeOnQuery
    {
        [Subscribe]
        public int OnX([EventMessage] int x) => x;
    }

    private static async Task<string> Run(Schema schema, string query)
        => (await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest(query))).ToJson();

    [Fact]
    public async Task Extensions_Add_Fields_By_Type_And_By_Name()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType<BookQuery>().AddTypeExtension<BookExtensions>().AddType(typeof(StaticQueries)).Build();
        Assert.Contains("shout(suffix: String! = \"!\"): String!", SchemaPrinter.Print(schema));
        Assert.Equal("""{"data":{"answer":42,"book":{"title":"Dune","shout":"DUNE?"}}}""",
            await Run(schema, """{ answer book(id: 1) { title shout(suffix: "?") } }"""));
    }

    [Fact]
    public async Task A_Csharp_Extension_Extends_An_Sdl_Type()
    {
        var schema = new CodeFirstSchemaBuilder()
            .AddDocument("type Query { hello: String }")
            .ConfigureSchemaFirst(b => b.AddResolver("Query", "hello", _ => "world"))
            .AddTypeExtension(typeof(StaticQueries))
            .Build();
        Assert.Equal("""{"data":{"hello":"world","answer":42}}""", await Run(schema, "{ hello answer }"));
    }

    [Fact]
    public void Bad_Attributes_Are_Clear_Errors()
    {
        var orphan = Assert.Throws<InvalidOperationException>(() => new CodeFirstSchemaBuilder().AddQueryType<BookQuery>().AddTypeExtension<Orphan>().Build());
        Assert.Contains("extends \"Nowhere\", which no C# type of the schema defines", orphan.Message);

        var topic = Assert.Throws<InvalidOperationException>(() => new CodeFirstSchemaBuilder().AddQueryType<BookQuery>()
            .AddSubscriptionType<BadTopicSubscription>().Build());
        Assert.Contains("refers to {bookId}, which is not an argument of the field (id)", topic.Message);

        var notSubscription = Assert.Throws<InvalidOperationException>(() => new CodeFirstSchemaBuilder().AddQueryType<SubscribeOnQuery>().Build());
        Assert.Contains("[Subscribe] on SubscribeOnQuery.OnX: only fields of the subscription type subscribe", notSubscription.Message);

        Assert.Throws<ArgumentException>(() => new CodeFirstSchemaBuilder().AddTypeExtension<Book>());
    }

    public sealed class RoomSubscription
    {
        // The [Topic] argument's value is the topic.
        [Subscribe]
        public string OnMessage([Topic] string room, [EventMessage] string text, Greeter greeter) => greeter.Greet(text);
    }

    public sealed class Greeter
    {
        public string Greet(string text) => "> " + text;
    }

    [Fact]
    public async Task A_Topic_Argument_Names_The_Topic_And_Registered_Services_Need_No_Attribute()
    {
        var bus = new InMemoryEventBus();
        var services = new ServiceCollection().AddSingleton<ITopicEventReceiver>(bus).AddSingleton<Greeter>().BuildServiceProvider();
        var schema = new CodeFirstSchemaBuilder().UseServices(services).AddQueryType<BookQuery>().AddSubscriptionType<RoomSubscription>().Build();
        Assert.Contains("onMessage(room: String!): String!", SchemaPrinter.Print(schema));

        var subscription = await new RequestExecutor(schema).SubscribeAsync(new ExecutionRequest("""subscription { onMessage(room: "r1") }""") { Services = services });
        Assert.True(subscription.IsStream, subscription.Result?.ToJson());
        await using var events = subscription.Stream!.GetAsyncEnumerator();
        var next = events.MoveNextAsync();
        Assert.Equal(1, bus.SubscriberCount("r1"));
        await bus.SendAsync("r2", "elsewhere");
        await bus.SendAsync("r1", "hi");
        Assert.True(await next.AsTask().WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal("""{"data":{"onMessage":"> hi"}}""", events.Current.ToJson());
    }

    [Fact]
    public async Task Delegate_Loaders_With_Different_Captures_Never_Share_A_Loader()
    {
        static FieldResolver Make(string prefix) => async ctx => await ctx.BatchDataLoader<int, string>(
            (keys, _) => new ValueTask<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => prefix + k))).LoadAsync(1);
        var schema = new SchemaBuilder().AddDocument("type Query { a: String b: String }")
            .AddResolver("Query", "a", Make("a")).AddResolver("Query", "b", Make("b")).Build();
        Assert.Equal("""{"data":{"a":"a1","b":"b1"}}""", await Run(schema, "{ a b }"));
    }
}
