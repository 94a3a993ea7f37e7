using Federation.Testing;
using Snapshooter.Xunit;

namespace Federation.Composition.Tests.PublicApi;

/// <summary>The public surface of Federation.Composition as a snapshot (see <see cref="Federation.Testing.PublicApi"/>).</summary>
public class PublicApiTests
{
    [Fact]
    public void Public_Api_Is_Unchanged()
        => Snapshot.Match(global::Federation.Testing.PublicApi.Describe(typeof(Composer).Assembly));
}
