using System.Runtime.CompilerServices;
using Federation.Redis.Protocol;

namespace Federation.Redis;

public sealed partial class RedisClient
{
    /// <summary>SCAN cursor MATCH pattern COUNT n [TYPE t], page after page, until the cursor comes back to 0.</summary>
    public async IAsyncEnumerable<string> ScanAsync(string? pattern = null, int pageSize = 250, string? type = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var cursor = "0";
        do
        {
            var e = new CommandEncoder("SCAN", 3 + (pattern is null ? 0 : 2) + (type is null ? 0 : 2));
            e.Add(cursor);
            if (pattern is not null)
            {
                e.Add("MATCH");
                e.Add(pattern);
            }
            e.Add("COUNT");
            e.Add(pageSize);
            if (type is not null)
            {
                e.Add("TYPE");
                e.Add(type);
            }
            var reply = await Send(ref e, cancellationToken).ConfigureAwait(false);
            cursor = reply.Elements[0].AsString()!;
            foreach (var key in reply.Elements[1].Elements) yield return key.AsString()!;
        }
        while (cursor != "0");
    }

    /// <summary>PUBLISH: how many subscribers received the message.</summary>
    public async Task<long> PublishAsync(string channel, string message, CancellationToken cancellationToken = default)
    {
        var e = new CommandEncoder("PUBLISH", 2);
        e.Add(channel);
        e.Add(message);
        return (await Send(ref e, cancellationToken).ConfigureAwait(false)).AsInt64();
    }

    public async Task<long> PublishAsync(string channel, ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default)
    {
        var e = new CommandEncoder("PUBLISH", 2);
        e.Add(channel);
        e.Add(message.Span);
        return (await Send(ref e, cancellationToken).ConfigureAwait(false)).AsInt64();
    }

    /// <summary>SPUBLISH (sharded pub/sub, Redis 7): the channel is the routing key in a cluster.</summary>
    public async Task<long> ShardPublishAsync(string channel, string message, CancellationToken cancellationToken = default)
    {
        var e = new CommandEncoder("SPUBLISH", 2);
        e.AddKey(channel);
        e.Add(message);
        return (await Send(ref e, cancellationToken).ConfigureAwait(false)).AsInt64();
    }
}
