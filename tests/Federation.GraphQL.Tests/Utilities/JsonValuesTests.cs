using Federation.GraphQL.Utilities;

namespace Federation.GraphQL.Tests.Utilities;

/// <summary>JSON numbers decode as integers (long) when they are whole and fit, else as doubles.</summary>
public class JsonValuesTests
{
    [Fact]
    public void Integers_Decode_As_Longs_And_Other_Numbers_As_Doubles()
    {
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(
            JsonValues.Parse("""{"i": 7, "big": 9007199254740993, "neg": -3, "d": 1.5, "huge": 100000000000000000000}"""));
        Assert.Equal(7L, map["i"]);
        Assert.Equal(9007199254740993L, map["big"]);
        Assert.Equal(-3L, map["neg"]);
        Assert.Equal(1.5, map["d"]);
        Assert.Equal(1e20, map["huge"]);
    }
}
