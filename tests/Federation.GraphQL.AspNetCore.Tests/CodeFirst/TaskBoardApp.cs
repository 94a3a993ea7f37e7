using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Federation.GraphQL.CodeFirst;
using Federation.GraphQL.Execution.DataLoader;
using Federation.GraphQL.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.GraphQL.AspNetCore.Tests.CodeFirst;

// A code-first server written the way a HotChocolate 15 user writes one: root types, a type extension, an SDL
// extension on the same server, DataLoaders as parameters, services without [Service], topic subscriptions.

public sealed record TaskItem(string Id, string ProjectId, string Title, int AssigneeId);

public sealed record Person(int Id, string Name);

/// <summary>The application's data (a DI singleton); counts the batch calls of the people lookup.</summary>
public sealed class Board
{
    public ConcurrentDictionary<string, TaskItem> Tasks { get; } = new(StringComparer.Ordinal);
    public Dictionary<int, Person> People { get; } = new() { [1] = new(1, "Ada"), [2] = new(2, "Grace") };
    public int PeopleBatches;
    public readonly List<int[]> PeopleBatchKeys = [];
}

public sealed class PersonByIdLoader(Board board) : BatchDataLoader<int, Person>
{
    protected override ValueTask<IReadOnlyDictionary<int, Person>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref board.PeopleBatches);
        lock (board.PeopleBatchKeys) board.PeopleBatchKeys.Add([.. keys]);
        return new(keys.Where(board.People.ContainsKey).ToDictionary(k => k, k => board.People[k]));
    }
}

public sealed class Query
{
    public IReadOnlyList<TaskItem> Tasks(string projectId, Board board)
        => [.. board.Tasks.Values.Where(t => t.ProjectId == projectId).OrderBy(t => t.Id, StringComparer.Ordinal)];
}

public sealed class Mutation
{
    public async Task<TaskItem> AddTask(string projectId, string title, int assigneeId, Board board, ITopicEventSender sender)
    {
        var task = new TaskItem("t" + (board.Tasks.Count + 1), projectId, title, assigneeId);
        board.Tasks[task.Id] = task;
        await sender.SendAsync(projectId, task);
        await sender.SendAsync("tasks", task);
        return task;
    }
}

public sealed class Subscription
{
    [Subscribe]
    [Topic("{projectId}")]
    public TaskItem OnTaskAdded(string projectId, [EventMessage] TaskItem task) => task;

    // No [Topic]: the topic is the method's name.
    [Subscribe]
    public string OnTitle([EventMessage] string title) => title.ToUpperInvariant();

    [Subscribe(With = nameof(CountTo))]
    public int Counter([EventMessage] int value) => value * 10;

    public async IAsyncEnumerable<int> CountTo(int to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 1; i <= to; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }
}

/// <summary>Adds <c>TaskItem.assignee</c> (through the DataLoader) and <c>TaskItem.project</c> (an SDL type).</summary>
[ExtendObjectType<TaskItem>]
public sealed class TaskItemExtensions
{
    public Task<Person?> Assignee([Parent] TaskItem task, PersonByIdLoader loader) => loader.LoadAsync(task.AssigneeId);

    public static string Label([Parent] TaskItem task) => $"{task.Id}: {task.Title}";
}

/// <summary>Adds a field to the query type by name.</summary>
[ExtendObjectType("Query")]
public sealed class PeopleQueries
{
    public Task<Person?> Person(int id, BatchDataLoader<int, Person> people) => people.LoadAsync(id);
}

internal sealed class TaskBoardApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TaskBoardApp(WebApplication app, Uri http)
    {
        _app = app;
        Http = http;
    }

    public Uri Http { get; }

    public Uri WebSocket => new(Http.ToString().Replace("http://", "ws://", StringComparison.Ordinal));

    public Board Board => _app.Services.GetRequiredService<Board>();

    public InMemoryEventBus Bus => _app.Services.GetRequiredService<InMemoryEventBus>();

    public static async Task<TaskBoardApp> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<Board>();
        builder.Services.AddGraphQL()
            .AddQueryType<Query>()
            .AddMutationType<Mutation>()
            .AddSubscriptionType<Subscription>()
            .AddTypeExtension<TaskItemExtensions>()
            .AddType<PeopleQueries>()
            .AddDataLoader<PersonByIdLoader>()
            .AddDataLoader<int, Person>((ids, services, _) =>
            {
                var board = services.GetRequiredService<Board>();
                return new(ids.Where(board.People.ContainsKey).ToDictionary(i => i, i => board.People[i]));
            })
            // SDL beside the C# types: a new field on a C# type and a type of its own.
            .AddDocumentFromString("""
                extend type Query { version: String! }
                type Project { id: ID! }
                extend type TaskItem { project: Project! }
                """)
            .AddResolver("Query", "version", _ => "1.0")
            .AddResolver("TaskItem", "project", ctx => new Dictionary<string, object?> { ["id"] = ctx.GetParent<TaskItem>().ProjectId });
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.UseWebSockets();
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TaskBoardApp(app, new Uri(address + "/graphql"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
