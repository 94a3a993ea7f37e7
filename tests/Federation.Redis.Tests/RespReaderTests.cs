using System.Buffers;
using System.Text;
using Federation.Redis.Protocol;

namespace Federation.Redis.Tests;

public class RespReaderTests
{
    // Every RESP3 type, RESP2's nulls, nesting and attributes.
    public static TheoryData<string, string> Replies => new()
    {
        { "+OK\r\n", "SimpleString:OK" },
        { "-ERR unknown command 'FOO'\r\n", "SimpleError:ERR unknown command 'FOO'" },
        { ":-42\r\n", "Integer:-42" },
        { "$5\r\nhello\r\n", "BlobString:hello" },
        { "$0\r\n\r\n", "BlobString:" },
        { "$6\r\nhe\r\nlo\r\n", "BlobString:he\r\nlo" },
        { "$-1\r\n", "(nil)" },
        { "*-1\r\n", "(nil)" },
        { "_\r\n", "(nil)" },
        { "#t\r\n", "Boolean:true" },
        { "#f\r\n", "Boolean:false" },
        { ",3.25\r\n", "Double:3.25" },
        { ",-inf\r\n", "Double:-inf" },
        { ",inf\r\n", "Double:+inf" },
        { "(3492890328409238509324850943850943825024385\r\n", "BigNumber:3492890328409238509324850943850943825024385" },
        { "!21\r\nSYNTAX invalid syntax\r\n", "BlobError:SYNTAX invalid syntax" },
        { "=15\r\ntxt:Some string\r\n", "VerbatimString:Some string" },
        { "*0\r\n", "Array[]" },
        { "*3\r\n:1\r\n$1\r\na\r\n*1\r\n+x\r\n", "Array[Integer:1, BlobString:a, Array[SimpleString:x]]" },
        { "%2\r\n+first\r\n:1\r\n+second\r\n:2\r\n", "Map[SimpleString:first, Integer:1, SimpleString:second, Integer:2]" },
        { "~2\r\n+a\r\n+b\r\n", "Set[SimpleString:a, SimpleString:b]" },
        { ">3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$2\r\nhi\r\n", "Push[BlobString:message, BlobString:ch, BlobString:hi]" },
        { "|1\r\n+key-popularity\r\n%1\r\n$1\r\na\r\n,0.19\r\n*1\r\n:2\r\n", "Array[Integer:2]" },
    };

    [Theory]
    [MemberData(nameof(Replies))]
    public void Reads_Reply_Split_At_Every_Byte_Boundary(string wire, string expected)
    {
        var bytes = Encoding.UTF8.GetBytes(wire);
        for (var split = 0; split <= bytes.Length; split++)
        {
            // The first part alone is incomplete and must not be consumed.
            if (split < bytes.Length)
            {
                var partial = new ReadOnlySequence<byte>(bytes, 0, split);
                Assert.False(RespReader.TryRead(ref partial, out _), $"consumed an incomplete reply at {split}");
                Assert.Equal(split, partial.Length);
            }
            var sequence = Segments(bytes[..split], bytes[split..], "+NEXT\r\n"u8.ToArray());
            Assert.True(RespReader.TryRead(ref sequence, out var value), $"split at {split}");
            Assert.Equal(expected, value.ToString());
            Assert.Equal("+NEXT\r\n", Encoding.UTF8.GetString(sequence.ToArray())); // stopped right after the reply
        }
    }

    [Theory]
    [MemberData(nameof(Replies))]
    public void Reads_Reply_Delivered_One_Byte_Per_Segment(string wire, string expected)
    {
        var bytes = Encoding.UTF8.GetBytes(wire);
        var sequence = Segments(bytes.Select(b => new[] { b }).ToArray());
        Assert.True(RespReader.TryRead(ref sequence, out var value));
        Assert.Equal(expected, value.ToString());
        Assert.Equal(0, sequence.Length);
    }

    [Fact]
    public void Reads_Attributes_Onto_The_Following_Value()
    {
        var sequence = new ReadOnlySequence<byte>("|1\r\n+ttl\r\n:30\r\n$1\r\nv\r\n"u8.ToArray());
        Assert.True(RespReader.TryRead(ref sequence, out var value));
        Assert.Equal("v", value.AsString());
        Assert.Equal("ttl", value.Attributes![0].AsString());
        Assert.Equal(30, value.Attributes[1].AsInt64());
    }

    [Fact]
    public void Reads_Verbatim_Format()
    {
        var sequence = new ReadOnlySequence<byte>("=8\r\nmkd:# hi\r\n"u8.ToArray());
        Assert.True(RespReader.TryRead(ref sequence, out var value));
        Assert.Equal("mkd", value.VerbatimFormat);
        Assert.Equal("# hi", value.AsString());
    }

    [Fact]
    public void Reads_Consecutive_Replies_From_One_Buffer()
    {
        var sequence = new ReadOnlySequence<byte>("+A\r\n:1\r\n$1\r\nb\r\n+C"u8.ToArray());
        var read = new List<string>();
        while (RespReader.TryRead(ref sequence, out var v)) read.Add(v.ToString());
        Assert.Equal(["SimpleString:A", "Integer:1", "BlobString:b"], read);
        Assert.Equal(2, sequence.Length); // "+C" waits for more bytes
    }

    [Theory]
    [InlineData("?what\r\n")]
    [InlineData(":12x\r\n")]
    [InlineData("$3\r\nabcde\r\n")]
    [InlineData("#x\r\n")]
    [InlineData("+OK\n")]
    public void Rejects_Malformed_Replies(string wire)
    {
        var sequence = new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(wire));
        Assert.Throws<RedisProtocolException>(() => RespReader.TryRead(ref sequence, out _));
    }

    [Fact]
    public void Encoder_Writes_A_Resp_Array_Of_Blob_Strings()
    {
        var e = new CommandEncoder("SET", 4);
        e.AddKey("k");
        e.Add("välue");
        e.Add("EX");
        e.Add(10);
        Assert.Equal("k", e.Key);
        Assert.Equal("*5\r\n$3\r\nSET\r\n$1\r\nk\r\n$6\r\nvälue\r\n$2\r\nEX\r\n$2\r\n10\r\n", Encoding.UTF8.GetString(e.Written));
        var (buffer, _) = e.Detach();
        ArrayPool<byte>.Shared.Return(buffer);
    }

    [Fact]
    public void Encoder_Refuses_A_Missing_Argument()
    {
        var e = new CommandEncoder("GET", 1);
        Assert.Throws<InvalidOperationException>(() => e.Detach());
        e.Abandon();
    }

    private static ReadOnlySequence<byte> Segments(params byte[][] parts)
    {
        Segment? first = null, last = null;
        foreach (var part in parts)
        {
            var segment = new Segment(part, last?.RunningIndex + last?.Memory.Length ?? 0);
            if (last is null) first = segment;
            else last.SetNext(segment);
            last = segment;
        }
        return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(byte[] data, long runningIndex)
        {
            Memory = data;
            RunningIndex = runningIndex;
        }

        public void SetNext(Segment next) => Next = next;
    }
}
