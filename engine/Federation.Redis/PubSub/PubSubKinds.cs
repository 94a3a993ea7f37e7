namespace Federation.Redis;

/// <summary>The first element of a pub/sub event, as Redis sends it.</summary>
internal static class PubSubKinds
{
    public static bool IsKnown(ReadOnlySpan<byte> kind) =>
        kind.SequenceEqual("message"u8) || kind.SequenceEqual("pmessage"u8) || kind.SequenceEqual("smessage"u8)
        || kind.SequenceEqual("subscribe"u8) || kind.SequenceEqual("psubscribe"u8) || kind.SequenceEqual("ssubscribe"u8)
        || kind.SequenceEqual("unsubscribe"u8) || kind.SequenceEqual("punsubscribe"u8) || kind.SequenceEqual("sunsubscribe"u8);
}
