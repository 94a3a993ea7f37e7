using Federation.Testing;
using Snapshooter.Xunit;

namespace Federation.Subgraph.Tests.PublicApi;

/// <summary>The public surface of Federation.Subgraph as a snapshot (see <see cref="Federation.Testing.PublicApi"/>).</summary>
public class PublicApiTests
{
    [Fact]
    public void Public_Api_Is_Unchanged()
        => Snapshot.Match(global::Federation.Testing.PublicApi.Describe(typeof(Federation.Subgraph.FederationState).Assembly));
}
