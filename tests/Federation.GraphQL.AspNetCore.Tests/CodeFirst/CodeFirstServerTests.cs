using System.Net.Http.Json;
using System.Text.Json;
using Federation.GraphQL.AspNetCore.Tests.WebSockets;

namespace Federation.GraphQL.AspNetCore.Tests.CodeFirst;

/// <summary>The HotChocolate-style code-first API served by Kestrel: mixed SDL and C#, DataLoaders, topic subscriptions.</summary>
public sealed class CodeFirstServerTests
{
    private static async Task<string> PostAsync(TaskBoardApp app, string query)
    {
        using var client = new HttpClient();
        var response = await client.PostAsJsonAsync(app.Http, new { query });
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Sdl_And_Csharp_Types_Mix_On_One_Server()
    {
        await using var app = await TaskBoardApp.StartAsync();
        await PostAsync(app, """mutation { addTask(projectId: "p1", title: "Parse", assigneeId: 1) { id } }""");
        Assert.Equal("""{"data":{"version":"1.0","tasks":[{"label":"t1: Parse","project":{"id":"p1"}}]}}""",
            await PostAsync(app, """{ version tasks(projectId: "p1") { label project { id } } }"""));
    }

    [Fact]
    public async Task DataLoader_Parameters_Batch_The_Loads_Of_One_Request()
    {
        await using var app = await TaskBoardApp.StartAsync();
        foreach (var (title, who) in new[] { ("a", 1), ("b", 2), ("c", 1), ("d", 3) })
            await PostAsync(app, $$"""mutation { addTask(projectId: "p", title: "{{title}}", assigneeId: {{who}}) { id } }""");

        Assert.Equal("""{"data":{"tasks":[{"title":"a","assignee":{"name":"Ada"}},{"title":"b","assignee":{"name":"Grace"}},{"title":"c","assignee":{"name":"Ada"}},{"title":"d","assignee":null}]}}""",
            await PostAsync(app, """{ tasks(projectId: "p") { title assignee { name } } }"""));
        Assert.Equal(1, app.Board.PeopleBatches);
        Assert.Equal([1, 2, 3], app.Board.PeopleBatchKeys.Single().Order());

        // One loader per request: a second request fetches again.
        await PostAsync(app, """{ tasks(projectId: "p") { assignee { id } } }""");
        Assert.Equal(2, app.Board.PeopleBatches);
    }

    [Fact]
    public async Task Delegate_DataLoader_Is_Injected_By_Its_Key_And_Value_Types()
    {
        await using var app = await TaskBoardApp.StartAsync();
        Assert.Equal("""{"data":{"a":{"name":"Ada"},"b":{"name":"Grace"},"c":null}}""",
            await PostAsync(app, "{ a: person(id: 1) { name } b: person(id: 2) { name } c: person(id: 9) { name } }"));
    }

    [Fact]
    public async Task Topic_Subscription_Receives_What_A_Mutation_Sends_Over_GraphQL_Ws()
    {
        await using var app = await TaskBoardApp.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(app.WebSocket);
        await client.SubscribeAsync("s1", """subscription { onTaskAdded(projectId: "p7") { title assignee { name } } }""");
        await WaitForSubscriber(app, "p7");

        await PostAsync(app, """mutation { addTask(projectId: "other", title: "x", assigneeId: 1) { id } }""");
        await PostAsync(app, """mutation { addTask(projectId: "p7", title: "Ship", assigneeId: 2) { id } }""");

        var next = await client.ReceiveAsync();
        Assert.Equal("next", next.Type());
        Assert.Equal("""{"data":{"onTaskAdded":{"title":"Ship","assignee":{"name":"Grace"}}}}""", next.Payload());

        await client.SendAsync("""{"id":"s1","type":"complete"}""");
        await WaitUntil(() => app.Bus.SubscriberCount("p7") == 0);
    }

    [Fact]
    public async Task Topic_Defaults_To_The_Method_Name_And_Subscribe_With_Uses_The_Named_Stream()
    {
        await using var app = await TaskBoardApp.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(app.WebSocket);
        await client.SubscribeAsync("t", "subscription { onTitle }");
        await WaitForSubscriber(app, "OnTitle");
        await app.Bus.SendAsync("OnTitle", "hello");
        Assert.Equal("""{"data":{"onTitle":"HELLO"}}""", (await client.ReceiveAsync()).Payload());

        await client.SubscribeAsync("c", "subscription { counter(to: 3) }");
        var messages = await client.ReceiveUntilAsync(m => m.Type() == "complete" && m.Id() == "c");
        Assert.Equal(["""{"data":{"counter":10}}""", """{"data":{"counter":20}}""", """{"data":{"counter":30}}"""],
            messages.Where(m => m.Type() == "next").Select(m => m.Payload()));
    }

    [Fact]
    public async Task The_Schema_Shows_The_Extension_Fields_And_Arguments()
    {
        await using var app = await TaskBoardApp.StartAsync();
        var json = await PostAsync(app, """{ __type(name: "Subscription") { fields { name args { name } } } }""");
        using var document = JsonDocument.Parse(json);
        var fields = document.RootElement.GetProperty("data").GetProperty("__type").GetProperty("fields").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString() + "(" + string.Join(",", f.GetProperty("args").EnumerateArray().Select(a => a.GetProperty("name").GetString())) + ")");
        // CountTo is the stream of counter, not a field; the [EventMessage] parameters are not arguments.
        Assert.Equal(["onTaskAdded(projectId)", "onTitle()", "counter(to)"], fields);
    }

    private static Task WaitForSubscriber(TaskBoardApp app, string topic) => WaitUntil(() => app.Bus.SubscriberCount(topic) == 1);

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition did not hold within 10 s.");
            await Task.Delay(10);
        }
    }
}
