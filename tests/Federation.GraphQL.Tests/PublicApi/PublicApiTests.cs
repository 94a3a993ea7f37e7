using Federation.GraphQL.Language;
using Federation.GraphQL.Types;
using Federation.Testing;

namespace Federation.GraphQL.Tests.PublicApi;

/// <summary>
/// The public surface of the engine assemblies, one line per member, kept as a snapshot so that an API change shows
/// up in review as a diff of these files (accept a deliberate change with UPDATE_SNAPSHOTS=1).
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void Language_Public_Api_Is_Unchanged()
        => Snapshot.Match(global::Federation.Testing.PublicApi.Describe(typeof(Parser).Assembly), "Federation.GraphQL.Language", ".api.txt");

    [Fact]
    public void Engine_Public_Api_Is_Unchanged()
        => Snapshot.Match(global::Federation.Testing.PublicApi.Describe(typeof(Schema).Assembly), "Federation.GraphQL", ".api.txt");
}
