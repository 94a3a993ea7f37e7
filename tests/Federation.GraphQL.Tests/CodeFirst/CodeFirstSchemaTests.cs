using Federation.GraphQL.CodeFirst;
using Federation.GraphQL.Tests.CodeFirst.TaskBoard;
using Federation.GraphQL.Types;
using Snapshooter.Xunit;

namespace Federation.GraphQL.Tests.CodeFirst;

public sealed class CodeFirstSchemaTests
{
    internal static Schema BuildTaskBoard() => new CodeFirstSchemaBuilder()
        .AddQueryType<Query>()
        .AddMutationType<Mutation>()
        .AddSubscriptionType<Subscription>()
        .Build();

    [Fact]
    public void Build_Maps_Classes_Records_Interfaces_Unions_Enums_And_Inputs()
    {
        var schema = BuildTaskBoard();
        Assert.IsType<ObjectType>(schema.GetType("Task"));
        Assert.IsType<ObjectType>(schema.GetType("User"));
        Assert.IsType<InterfaceType>(schema.GetType("Node"));
        Assert.IsType<UnionType>(schema.GetType("SearchResult"));
        Assert.IsType<EnumType>(schema.GetType("TaskState"));
        Assert.IsType<InputObjectType>(schema.GetType("CreateTaskInput"));
        Assert.IsType<InputObjectType>(schema.GetType("TaskFilterInput"));
        Assert.Equal(["Project", "Task", "User"], schema.GetPossibleTypes(schema.GetType("SearchResult")!).Select(t => t.Name).Order());
        Assert.Equal(["Project", "Task", "User"], schema.GetPossibleTypes(schema.GetType("Node")!).Select(t => t.Name).Order());
    }
}

public sealed class CodeFirstSdlTests
{
    [Fact]
    public void TaskBoard_Schema_Prints_As_Expected_SDL()
        => Snapshot.Match(SchemaPrinter.Print(CodeFirstSchemaTests.BuildTaskBoard()));
}
