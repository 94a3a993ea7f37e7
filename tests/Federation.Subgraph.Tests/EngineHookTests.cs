using Federation.GraphQL.CodeFirst;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.Subgraph.Tests;

/// <summary>The generic engine hooks the subgraph library is built on.</summary>
public sealed class EngineHookTests
{
    [Fact]
    public void Document_Transform_Runs_Before_Validation_And_May_Add_Bindings()
    {
        var builder = new SchemaBuilder().AddDocument("type Query { a: Int }");
        builder.AddDocumentTransform(document =>
        {
            builder.AddResolver("Query", "b", _ => "added");
            return new DocumentNode([.. document.Definitions, .. Parser.Parse("extend type Query { b: String }").Definitions]);
        });
        var schema = builder.Build();
        Assert.NotNull(schema.QueryType!.GetField("b")!.Resolver);
    }

    public sealed class HookQuery
    {
        public int A => 1;
    }

    [Fact]
    public void Types_Completed_Hook_Sees_Clr_Types_And_Can_Add_Types()
    {
        var builder = new CodeFirstSchemaBuilder().AddQueryType<HookQuery>();
        builder.OnTypesCompleted(types =>
        {
            var query = Assert.IsType<ObjectType>(types.Single(t => t.Name == "Query"));
            Assert.Equal(typeof(HookQuery), query.RuntimeType);
            query.Directives.Add(new DirectiveNode(new NameNode("marker"), []));
            builder.AddType(new ObjectType("Extra") { Fields = { new Field("x", BuiltInTypes.Int) } });
        });
        var schema = builder.Build();
        Assert.NotNull(schema.GetType("Extra"));
        Assert.Equal("marker", schema.QueryType!.Directives.Single().Name.Value);
    }
}
