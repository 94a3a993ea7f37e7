using Federation.Testing;
using Snapshooter.Xunit;

namespace Federation.Spec.Tests.PublicApi;

/// <summary>The public surface of Federation.Spec as a snapshot (see <see cref="Federation.Testing.PublicApi"/>).</summary>
public class PublicApiTests
{
    [Fact]
    public void Public_Api_Is_Unchanged()
        => Snapshot.Match(global::Federation.Testing.PublicApi.Describe(typeof(FederationSpec).Assembly));
}
