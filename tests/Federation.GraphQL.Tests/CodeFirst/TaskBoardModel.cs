using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Federation.GraphQL.CodeFirst;
using Federation.GraphQL.Execution;

// A realistic code-first model: projects, tasks and users with enums, inputs, an interface, a union, async members,
// services, nullable and non-null lists, and a subscription.
namespace Federation.GraphQL.Tests.CodeFirst.TaskBoard;

public enum TaskState { Todo, InProgress, Done }

[GraphQLDescription("How urgent a task is.")]
public enum Priority
{
    Low,
    Normal,
    High,
    [GraphQLDeprecated("Use HIGH.")] Urgent,
}

[GraphQLDescription("An object with a global identifier.")]
public interface INode
{
    [ID] string Id { get; }
}

[UnionType("SearchResult")]
public interface ISearchResult;

[GraphQLDescription("A person who works on tasks.")]
public sealed record User([property: ID] string Id, string Name, string? Email) : INode, ISearchResult
{
    public IReadOnlyList<string> Roles { get; init; } = [];
}

public sealed class Project : INode, ISearchResult
{
    [ID] public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public List<TaskItem> Items { get; } = [];

    [GraphQLDescription("The project's tasks, optionally in one state.")]
    public IEnumerable<TaskItem> GetTasks(TaskState? state = null)
        => state is null ? Items : Items.Where(t => t.State == state);

    public int TaskCount => Items.Count;

    [GraphQLIgnore]
    public string InternalCode => "secret";
}

[GraphQLName("Task")]
public sealed class TaskItem : INode, ISearchResult
{
    [ID] public required string Id { get; init; }
    public required string Title { get; init; }
    public TaskState State { get; set; }
    public Priority Priority { get; init; } = Priority.Normal;
    public int? Estimate { get; init; }
    public long Views { get; init; }
    public Guid Reference { get; init; }
    public string[]? Tags { get; init; }
    public List<string?> Notes { get; init; } = [];
    public string? AssigneeId { get; init; }

    [Obsolete("Use state.")]
    public bool Done => State == TaskState.Done;

    public async Task<User?> GetAssigneeAsync([Service] TaskBoardStore store, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        return AssigneeId is null ? null : store.Users.FirstOrDefault(u => u.Id == AssigneeId);
    }
}

public record CreateTaskInput(
    [property: ID] string ProjectId,
    string Title,
    Priority Priority = Priority.Normal,
    IReadOnlyList<string>? Tags = null);

[GraphQLDescription("Which tasks to list.")]
public sealed class TaskFilter
{
    public TaskState? State { get; set; }
    public string? TitleContains { get; set; }
    [DefaultValue(false)]
    public bool IncludeDone { get; set; }
}

public sealed class Query
{
    public Project? GetProject([ID] string id, [Service] TaskBoardStore store) => store.Projects.FirstOrDefault(p => p.Id == id);

    public IReadOnlyList<Project> GetProjects([Service] TaskBoardStore store) => store.Projects;

    public async Task<IEnumerable<ISearchResult>> SearchAsync(string term, [Service] TaskBoardStore store, CancellationToken cancellationToken)
    {
        await Task.Delay(1, cancellationToken);
        return store.Search(term);
    }

    public INode? Node([ID] string id, [Service] TaskBoardStore store) => store.Find(id);

    public List<TaskItem> Tasks([Service] TaskBoardStore store, TaskFilter? filter, int first = 10)
        => store.Projects.SelectMany(p => p.Items)
            .Where(t => filter?.State is not { } state || t.State == state)
            .Where(t => filter?.TitleContains is not { } text || t.Title.Contains(text, StringComparison.OrdinalIgnoreCase))
            .Where(t => filter?.IncludeDone != false || t.State != TaskState.Done)
            .Take(first)
            .ToList();

    [GraphQLDescription("Greets someone.")]
    public string Hello(string name = "world") => $"Hello, {name}!";

    public ValueTask<int> AnswerAsync() => ValueTask.FromResult(42);

    public string WhoAmI(IResolverContext context) => context.ContextData.TryGetValue("user", out var user) ? (string)user! : "anonymous";

    public static int Ignored() => 0;
}

public sealed class Mutation
{
    public async ValueTask<TaskItem> CreateTaskAsync(CreateTaskInput input, [Service] TaskBoardStore store)
    {
        await Task.Yield();
        return store.AddTask(input);
    }

    public TaskItem? SetTaskState([ID] string id, TaskState state, [Service] TaskBoardStore store)
    {
        var task = store.Find(id) as TaskItem;
        if (task is not null) task.State = state;
        return task;
    }
}

public sealed class Subscription
{
    public IAsyncEnumerable<TaskItem> OnTaskCreated([Service] TaskBoardStore store, CancellationToken cancellationToken)
        => store.Created.Reader.ReadAllAsync(cancellationToken);

    public async IAsyncEnumerable<int> Countdown(int from, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = from; i >= 0; i--)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return i;
        }
    }
}

/// <summary>The in-memory data behind the model, registered as a service.</summary>
public sealed class TaskBoardStore
{
    public TaskBoardStore()
    {
        Users = [new User("u1", "Ada", "ada@example.com") { Roles = ["admin"] }, new User("u2", "Linus", null)];
        var board = new Project { Id = "p1", Name = "Engine", Description = "The GraphQL engine", CreatedAt = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero) };
        board.Items.Add(new TaskItem { Id = "t1", Title = "Parser", State = TaskState.Done, AssigneeId = "u1", Tags = ["language"], Views = 5_000_000_000, Reference = Guid.Parse("7d444840-9dc0-11d1-b245-5ffdce74fad2") });
        board.Items.Add(new TaskItem { Id = "t2", Title = "Executor", State = TaskState.InProgress, Priority = Priority.High, Estimate = 5, Notes = ["fast", null] });
        Projects = [board, new Project { Id = "p2", Name = "Docs", CreatedAt = new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.FromHours(2)) }];
    }

    public List<User> Users { get; }
    public List<Project> Projects { get; }
    public Channel<TaskItem> Created { get; } = Channel.CreateUnbounded<TaskItem>();

    public IEnumerable<ISearchResult> Search(string term)
    {
        foreach (var p in Projects) if (p.Name.Contains(term, StringComparison.OrdinalIgnoreCase)) yield return p;
        foreach (var t in Projects.SelectMany(p => p.Items)) if (t.Title.Contains(term, StringComparison.OrdinalIgnoreCase)) yield return t;
        foreach (var u in Users) if (u.Name.Contains(term, StringComparison.OrdinalIgnoreCase)) yield return u;
    }

    public INode? Find(string id)
        => (INode?)Projects.FirstOrDefault(p => p.Id == id)
           ?? (INode?)Projects.SelectMany(p => p.Items).FirstOrDefault(t => t.Id == id)
           ?? Users.FirstOrDefault(u => u.Id == id);

    public TaskItem AddTask(CreateTaskInput input)
    {
        var project = Projects.First(p => p.Id == input.ProjectId);
        var task = new TaskItem { Id = $"t{Projects.Sum(p => p.Items.Count) + 1}", Title = input.Title, Priority = input.Priority, Tags = input.Tags?.ToArray() };
        project.Items.Add(task);
        Created.Writer.TryWrite(task);
        return task;
    }
}
