using System.Text;
using Federation.Redis.Cluster;
using Federation.Redis.Connections;

namespace Federation.Redis.Tests.Cluster;

[Collection(RedisClusterCollection.Name)]
public class HashSlotTests
{
    [Fact]
    public void Crc16_Is_Xmodem()
    {
        Assert.Equal(0x31C3, HashSlot.Crc16("123456789"u8)); // the check value the cluster specification quotes
        Assert.Equal(0, HashSlot.Crc16([]));
    }

    [Theory]
    [InlineData("{user1}.a", "{user1}.b")]
    [InlineData("{user1}", "user1")]
    [InlineData("x{user1}y{z}", "{user1}")]
    [InlineData("{}x", "{}x")]
    public void Hash_Tags_Pick_The_Slot(string a, string b) => Assert.Equal(HashSlot.Of(a), HashSlot.Of(b));

    [Fact]
    public void Empty_Tag_Hashes_The_Whole_Key()
    {
        Assert.NotEqual(HashSlot.Of("{}a"), HashSlot.Of("{}b"));
        Assert.Equal(HashSlot.Crc16("{}a"u8) % 16384, HashSlot.Of("{}a"));
    }

    [Fact]
    public async Task Slots_Match_Cluster_Keyslot_For_200_Random_Keys()
    {
        await using var node = await RedisConnection.ConnectAsync(RedisTestCluster.Nodes[0]);
        var random = new Random(4242);
        const string alphabet = "abcXYZ019{}{}:._-é€ 😀";
        var keys = new List<string> { "", "{", "}", "{}", "{{}}", "{a}{b}", "a{b", "a}b{c}", "{{a}}", "foo{}{bar}", "{user1000}.following" };
        while (keys.Count < 200)
        {
            var sb = new StringBuilder();
            var length = random.Next(1, 24);
            for (var i = 0; i < length; i++)
            {
                var c = alphabet[random.Next(alphabet.Length)];
                sb.Append(char.IsHighSurrogate(c) ? "😀" : char.IsLowSurrogate(c) ? "é" : c.ToString());
            }
            keys.Add(sb.ToString());
        }
        var replies = await Task.WhenAll(keys.Select(k => node.ExecuteAsync("CLUSTER", "KEYSLOT", k)));
        for (var i = 0; i < keys.Count; i++) Assert.True(replies[i].AsInt64() == HashSlot.Of(keys[i]), $"slot of '{keys[i]}'");
    }
}

[CollectionDefinition(Name)]
public class RedisClusterCollection
{
    /// <summary>The cluster tests move slots around: they run one at a time.</summary>
    public const string Name = "redis-cluster";
}
