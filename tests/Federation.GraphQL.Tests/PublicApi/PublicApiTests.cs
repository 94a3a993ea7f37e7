using Federation.GraphQL.Language;
using Federation.GraphQL.Types;
using Federation.Testing;
using Snapshooter.Xunit;

namespace Federation.GraphQL.Tests.PublicApi;

/// <summary>
/// The public surface of the engine assemblies, one line per member, kept as a snapshot so that an API change shows
/// up in review as a diff of these files (to accept a deliberate change, see README.md, "Snapshots").
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void Language_Public_Api_Is_Unchanged()
        => Snapshot.Match(global::Federation.Testing.PublicApi.Describe(typeof(Parser).Assembly));

    [Fact]
    public void Engine_Public_Api_Is_Unchanged()
        => Snapshot.Match(global::Federation.Testing.PublicApi.Describe(typeof(Schema).Assembly));
}
