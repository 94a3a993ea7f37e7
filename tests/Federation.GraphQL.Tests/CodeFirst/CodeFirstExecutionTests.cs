using Federation.GraphQL.CodeFirst;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Tests.CodeFirst.TaskBoard;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Tests.CodeFirst;

/// <summary>Code-first schemas executed end to end: arguments, services, CancellationToken, async members, inputs, subscriptions.</summary>
public sealed class CodeFirstExecutionTests
{
    private static readonly Schema TaskBoardSchema = CodeFirstSchemaTests.BuildTaskBoard();

    private static async Task<string> Execute(string query, TaskBoardStore? store = null,
        IReadOnlyDictionary<string, object?>? variables = null, IDictionary<string, object?>? contextData = null,
        CancellationToken cancellationToken = default)
    {
        var result = await new RequestExecutor(TaskBoardSchema).ExecuteAsync(new ExecutionRequest(query, variables)
        {
            Services = new Services(store ?? new TaskBoardStore()),
            ContextData = contextData,
            CancellationToken = cancellationToken,
        });
        return result.ToJson();
    }

    // The data re-serialized without escaping (the executor's writer escapes '+' as \u002B).
    private static async Task<string> ExecuteData(string query)
        => System.Text.Json.Nodes.JsonNode.Parse(await Execute(query))!.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });

    [Fact]
    public async Task Arguments_Defaults_And_Services_Bind_To_Method_Parameters()
    {
        Assert.Equal("""{"data":{"a":"Hello, world!","b":"Hello, Ada!","project":{"name":"Engine","taskCount":2}}}""",
            await Execute("""{ a: hello b: hello(name: "Ada") project(id: "p1") { name taskCount } }"""));
    }

    [Fact]
    public async Task Sync_Async_Task_And_ValueTask_Members_Resolve()
    {
        Assert.Equal("""{"data":{"answer":42,"search":[{"__typename":"Task","title":"Parser"}],"project":{"tasks":[{"title":"Parser","assignee":{"name":"Ada","roles":["admin"]}},{"title":"Executor","assignee":null}]}}}""",
            await Execute("""
                { answer search(term: "pars") { __typename ... on Task { title } }
                  project(id: "p1") { tasks { title assignee { name roles } } } }
                """));
    }

    [Fact]
    public async Task Enums_Lists_Scalars_And_Nullable_Items_Serialize()
    {
        Assert.Equal(
            """{"data":{"project":{"createdAt":"2025-01-02T03:04:05.000Z","tasks":[{"state":"IN_PROGRESS","priority":"HIGH","estimate":5,"views":0,"tags":null,"notes":["fast",null]}]},"other":{"createdAt":"2025-02-01T00:00:00.000+02:00"}}}""",
            await ExecuteData("""
                { project(id: "p1") { createdAt tasks(state: IN_PROGRESS) { state priority estimate views tags notes } }
                  other: project(id: "p2") { createdAt } }
                """));
        Assert.Equal("""{"data":{"node":{"views":5000000000,"reference":"7d444840-9dc0-11d1-b245-5ffdce74fad2","done":true}}}""",
            await Execute("""{ node(id: "t1") { ... on Task { views reference done } } }"""));
    }

    [Fact]
    public async Task Interfaces_And_Unions_Resolve_By_Runtime_Type()
    {
        Assert.Equal("""{"data":{"a":{"__typename":"User","id":"u2"},"b":{"__typename":"Project","id":"p2"},"search":[{"__typename":"User","name":"Linus"}]}}""",
            await Execute("""
                { a: node(id: "u2") { __typename id } b: node(id: "p2") { __typename id }
                  search(term: "linus") { __typename ... on User { name } } }
                """));
    }

    [Fact]
    public async Task Input_Objects_Bind_To_Classes_From_Literals_And_Variables()
    {
        Assert.Equal("""{"data":{"tasks":[{"id":"t1"}]}}""",
            await Execute("""{ tasks(filter: { state: DONE, includeDone: true }) { id } }"""));
        Assert.Equal("""{"data":{"tasks":[{"id":"t2"}]}}""",
            await Execute("""query($f: TaskFilterInput) { tasks(filter: $f, first: 5) { id } }""",
                variables: new Dictionary<string, object?> { ["f"] = new Dictionary<string, object?> { ["titleContains"] = "exec" } }));
    }

    [Fact]
    public async Task Mutation_Binds_Record_Input_With_Defaults_And_Lists()
    {
        var store = new TaskBoardStore();
        var json = await Execute("""
            mutation($input: CreateTaskInput!) { createTask(input: $input) { id title priority tags } }
            """, store, new Dictionary<string, object?>
        {
            ["input"] = new Dictionary<string, object?> { ["projectId"] = "p2", ["title"] = "Write docs", ["tags"] = new List<object?> { "docs" } },
        });
        Assert.Equal("""{"data":{"createTask":{"id":"t3","title":"Write docs","priority":"NORMAL","tags":["docs"]}}}""", json);
        Assert.Single(store.Projects[1].Items);
        Assert.Equal("""{"data":{"setTaskState":{"state":"DONE"}}}""",
            await Execute("""mutation { setTaskState(id: "t3", state: DONE) { state } }""", store));
    }

    [Fact]
    public async Task Resolver_Context_Parameter_Sees_Request_State()
    {
        Assert.Equal("""{"data":{"whoAmI":"ada"}}""",
            await Execute("{ whoAmI }", contextData: new Dictionary<string, object?> { ["user"] = "ada" }));
    }

    public sealed class TokenQuery
    {
        public bool CanBeCanceled(CancellationToken cancellationToken) => cancellationToken.CanBeCanceled;
    }

    [Fact]
    public async Task CancellationToken_Parameter_Receives_The_Request_Token()
    {
        var executor = new RequestExecutor(new CodeFirstSchemaBuilder().AddQueryType<TokenQuery>().Build());
        using var source = new CancellationTokenSource();
        var withToken = await executor.ExecuteAsync(new ExecutionRequest("{ canBeCanceled }") { CancellationToken = source.Token });
        var withoutToken = await executor.ExecuteAsync(new ExecutionRequest("{ canBeCanceled }"));
        Assert.Equal("""{"data":{"canBeCanceled":true}}""", withToken.ToJson());
        Assert.Equal("""{"data":{"canBeCanceled":false}}""", withoutToken.ToJson());
    }

    [Fact]
    public async Task Subscription_Streams_IAsyncEnumerable_Items_As_Events()
    {
        var executor = new RequestExecutor(TaskBoardSchema);
        var result = await executor.SubscribeAsync(new ExecutionRequest("subscription { countdown(from: 2) }"));
        Assert.True(result.IsStream, result.Result?.ToJson());
        var events = new List<string>();
        await foreach (var item in result.Stream!) events.Add(item.ToJson());
        Assert.Equal(["""{"data":{"countdown":2}}""", """{"data":{"countdown":1}}""", """{"data":{"countdown":0}}"""], events);
    }

    [Fact]
    public async Task Subscription_Receives_Events_Published_By_A_Mutation()
    {
        var store = new TaskBoardStore();
        var executor = new RequestExecutor(TaskBoardSchema);
        var services = new Services(store);
        var subscription = await executor.SubscribeAsync(new ExecutionRequest("subscription { onTaskCreated { title priority } }") { Services = services });
        Assert.True(subscription.IsStream, subscription.Result?.ToJson());
        await using var events = subscription.Stream!.GetAsyncEnumerator();
        var next = events.MoveNextAsync();

        await executor.ExecuteAsync(new ExecutionRequest("""mutation { createTask(input: { projectId: "p1", title: "Stream", priority: HIGH }) { id } }""") { Services = services });

        Assert.True(await next.AsTask().WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal("""{"data":{"onTaskCreated":{"title":"Stream","priority":"HIGH"}}}""", events.Current.ToJson());
    }

    [Fact]
    public async Task Missing_Service_Is_A_Field_Error()
    {
        var result = await new RequestExecutor(TaskBoardSchema).ExecuteAsync(new ExecutionRequest("{ projects { name } }"));
        Assert.Equal("""{"errors":[{"message":"No service of type TaskBoardStore is registered.","locations":[{"line":1,"column":3}],"path":["projects"]}],"data":null}""",
            result.ToJson());
    }

    private sealed class Services(TaskBoardStore store) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(TaskBoardStore) ? store : null;
    }
}
