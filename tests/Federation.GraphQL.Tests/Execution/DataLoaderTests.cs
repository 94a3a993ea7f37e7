using Federation.GraphQL.Execution;
using Federation.GraphQL.Execution.DataLoader;
using Federation.GraphQL.Types;
using static Federation.GraphQL.ExecutionTests.ExecutionTestHarness;

namespace Federation.GraphQL.ExecutionTests;

public class DataLoaderTests
{
    public sealed record Book(int Id, int AuthorId);
    public sealed record Person(int Id, string Name, int? MentorId);

    /// <summary>Counts batch calls and remembers their keys.</summary>
    public sealed class PersonLoader : BatchDataLoader<int, Person>
    {
        public static readonly List<IReadOnlyList<int>> Batches = new();

        protected override async ValueTask<IReadOnlyDictionary<int, Person>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            lock (Batches) Batches.Add(keys.ToArray());
            await Task.Yield();
            return keys.ToDictionary(k => k, k => new Person(k, "p" + k, k < 100 ? k + 100 : null));
        }
    }

    private static Schema BookSchema(Func<IResolverContext, int, Task<Person?>> load)
    {
        var schema = new SchemaBuilder().AddDocument("""
            type Query { books: [Book] }
            type Book { id: Int author: Person }
            type Person { id: Int name: String mentor: Person }
            """);
        schema.AddResolver("Query", "books", _ => Enumerable.Range(1, 10).Select(i => new Book(i, i % 4)).ToList());
        schema.AddResolver("Book", "author", async ctx => await load(ctx, ctx.GetParent<Book>().AuthorId));
        schema.AddResolver("Person", "mentor", async ctx =>
            ctx.GetParent<Person>().MentorId is { } m ? await load(ctx, m) : null);
        return schema.Build();
    }

    [Fact]
    public async Task Loads_Of_One_Level_Become_One_Batch_Of_Distinct_Keys()
    {
        var batches = new List<int[]>();
        var schema = BookSchema((ctx, id) => ctx.BatchDataLoader<int, Person>((keys, _) =>
        {
            batches.Add(keys.ToArray());
            return new ValueTask<IReadOnlyDictionary<int, Person>>(keys.ToDictionary(k => k, k => new Person(k, "p" + k, null)));
        }, "people").LoadAsync(id));
        var json = await Run(schema, "{ books { id author { name } } }");
        Assert.Contains("""{"id":5,"author":{"name":"p1"}}""", json);
        Assert.DoesNotContain("errors", json);
        var batch = Assert.Single(batches);
        Assert.Equal([1, 2, 3, 0], batch);
    }

    [Fact]
    public async Task Each_Level_Is_One_Batch_With_An_Async_Batch_Function()
    {
        lock (PersonLoader.Batches) PersonLoader.Batches.Clear();
        var schema = BookSchema((ctx, id) => ctx.DataLoader<PersonLoader>().LoadAsync(id));
        var json = await Run(schema, "{ books { author { name mentor { name mentor { name } } } } }");
        Assert.Contains("""{"author":{"name":"p1","mentor":{"name":"p101","mentor":null}}}""", json);
        Assert.True(PersonLoader.Batches.Count == 2, string.Join(" / ", PersonLoader.Batches.Select(b => string.Join(",", b))));
        Assert.Equal([1, 2, 3, 0], PersonLoader.Batches[0]);
        Assert.Equal([101, 102, 103, 100], PersonLoader.Batches[1]);
    }

    [Fact]
    public async Task The_Cache_Answers_A_Key_Loaded_Before_Without_A_Batch()
    {
        var calls = 0;
        var schema = new SchemaBuilder().AddDocument("type Query { a: String b: String }");
        FieldResolver resolver = async ctx =>
        {
            var loader = ctx.BatchDataLoader<string, string>((keys, _) =>
            {
                Interlocked.Increment(ref calls);
                return new ValueTask<IReadOnlyDictionary<string, string>>(keys.ToDictionary(k => k, k => k + "!"));
            }, "shout");
            var first = await loader.LoadAsync("x");
            var again = await loader.LoadAsync("x");
            return first + again;
        };
        schema.AddResolver("Query", "a", resolver).AddResolver("Query", "b", resolver);
        Assert.Equal("""{"data":{"a":"x!x!","b":"x!x!"}}""", await Run(schema, "{ a b }"));
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Loaders_Are_Per_Request()
    {
        var calls = 0;
        var schema = new SchemaBuilder().AddDocument("type Query { a: String }");
        schema.AddResolver("Query", "a", async ctx => await ctx.BatchDataLoader<int, string>((keys, _) =>
        {
            Interlocked.Increment(ref calls);
            return new ValueTask<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => "v"));
        }, "per-request").LoadAsync(1));
        var executor = new RequestExecutor(schema.Build());
        await executor.ExecuteAsync(new ExecutionRequest("{ a }"));
        await executor.ExecuteAsync(new ExecutionRequest("{ a }"));
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_Failing_Batch_Fails_Every_Load_Of_It()
    {
        var schema = BookSchema((ctx, id) => ctx.BatchDataLoader<int, Person>(
            (_, _) => throw new InvalidOperationException("database down"), "failing").LoadAsync(id));
        var result = await Task.Run(async () => await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest("{ books { author { name } } }")));
        Assert.Equal(10, result.Errors!.Count);
        Assert.All(result.Errors, e => Assert.Equal("database down", e.Message));
        Assert.Equal(Enumerable.Range(0, 10), result.Errors.Select(e => (int)e.Path![1]).Order());
    }

    [Fact]
    public async Task Grouped_Loader_Returns_Every_Value_Of_A_Key()
    {
        var calls = 0;
        var schema = new SchemaBuilder().AddDocument("type Query { authors: [Author] } type Author { id: Int books: [Int] }");
        schema.AddResolver("Query", "authors", _ => new[] { 1, 2, 3 });
        schema.AddResolver("Author", "id", ctx => ctx.GetParent<int>());
        schema.AddResolver("Author", "books", async ctx => await ctx.GroupDataLoader<int, int>((keys, _) =>
        {
            Interlocked.Increment(ref calls);
            var books = new[] { (1, 10), (1, 11), (3, 30) };
            return new ValueTask<ILookup<int, int>>(books.Where(b => keys.Contains(b.Item1)).ToLookup(b => b.Item1, b => b.Item2));
        }, "books-by-author").LoadAsync(ctx.GetParent<int>()));
        Assert.Equal("""{"data":{"authors":[{"id":1,"books":[10,11]},{"id":2,"books":[]},{"id":3,"books":[30]}]}}""",
            await Run(schema, "{ authors { id books } }"));
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Standalone_Loader_Dispatches_On_Its_Own()
    {
        var loader = new PersonLoader();
        var a = loader.LoadAsync(7);
        var b = loader.LoadAsync(8);
        var results = await Task.WhenAll(a, b).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("p7", results[0]!.Name);
        Assert.Equal("p8", results[1]!.Name);
    }

    [Fact]
    public async Task Scope_Holds_Loads_While_Work_Is_In_Progress()
    {
        var scope = new DataLoaderScope();
        var batches = 0;
        var loader = scope.GetOrAdd("x", () => new FuncBatchDataLoader<int, int>((keys, _) =>
        {
            batches++;
            return new ValueTask<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k * 2));
        }));
        scope.Enter();
        var loads = Enumerable.Range(0, 5).Select(loader.LoadAsync).ToArray();
        Assert.All(loads, t => Assert.False(t.IsCompleted));
        scope.Exit();
        var values = await Task.WhenAll(loads);
        Assert.Equal([0, 2, 4, 6, 8], values);
        Assert.Equal(1, batches);
    }
}
