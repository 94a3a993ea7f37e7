using System.Net;
using Federation.Redis.Connections;

namespace Federation.Redis.Tests;

public class ConnectionStringTests
{
    [Fact]
    public void Parses_Every_Option()
    {
        var o = RedisConnectionOptions.Parse(
            "cache.local:6380, password=p=w,user=app,ssl=true,defaultDatabase=3,connectTimeout=1500,syncTimeout=250,name=api,protocol=resp2");
        var ep = Assert.IsType<DnsEndPoint>(Assert.Single(o.EndPoints));
        Assert.Equal(("cache.local", 6380), (ep.Host, ep.Port));
        Assert.Equal("p=w", o.Password);
        Assert.Equal("app", o.User);
        Assert.True(o.Ssl);
        Assert.Equal(3, o.DefaultDatabase);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), o.ConnectTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(250), o.SyncTimeout);
        Assert.Equal("api", o.ClientName);
        Assert.Equal(RedisProtocol.Resp2, o.Protocol);
    }

    [Theory]
    [InlineData("localhost", "localhost", 6379)]
    [InlineData("127.0.0.1:7000", "127.0.0.1", 7000)]
    [InlineData("[::1]:7001", "::1", 7001)]
    [InlineData("::1", "::1", 6379)]
    public void Parses_Endpoints(string text, string host, int port)
    {
        var ep = RedisConnectionOptions.ParseEndPoint(text);
        var (h, p) = ep switch
        {
            DnsEndPoint d => (d.Host, d.Port),
            IPEndPoint i => (i.Address.ToString(), i.Port),
            _ => ("", 0),
        };
        Assert.Equal((host, port), (h, p));
    }

    [Theory]
    [InlineData("localhost,bogus=1", "unknown option 'bogus'")]
    [InlineData("password=x", "no host:port")]
    [InlineData("localhost,ssl=maybe", "ssl must be true or false")]
    [InlineData("localhost,syncTimeout=-5", "syncTimeout must be a non-negative integer")]
    public void Rejects_Bad_Connection_Strings(string text, string message)
    {
        var ex = Assert.Throws<ArgumentException>(() => RedisConnectionOptions.Parse(text));
        Assert.Contains(message, ex.Message);
    }
}
