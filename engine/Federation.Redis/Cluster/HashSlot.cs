using System.Text;

namespace Federation.Redis.Cluster;

/// <summary>
/// The hash slot of a key (Redis cluster specification, "Key distribution model"): CRC16-XMODEM of the key modulo
/// 16384, where a hash tag (the bytes between the first <c>{</c> and the next <c>}</c>, when non-empty) replaces
/// the key, so <c>{user1}.a</c> and <c>{user1}.b</c> share a slot.
/// </summary>
public static class HashSlot
{
    public const int Count = 16384;

    private static readonly ushort[] Table = BuildTable();

    public static int Of(string key)
    {
        var max = Encoding.UTF8.GetMaxByteCount(key.Length);
        if (max <= 512)
        {
            Span<byte> utf8 = stackalloc byte[max];
            return Of(utf8[..Encoding.UTF8.GetBytes(key, utf8)]);
        }
        return Of(Encoding.UTF8.GetBytes(key));
    }

    public static int Of(ReadOnlySpan<byte> key)
    {
        var open = key.IndexOf((byte)'{');
        if (open >= 0)
        {
            var close = key[(open + 1)..].IndexOf((byte)'}');
            if (close > 0) key = key.Slice(open + 1, close); // an empty tag "{}" hashes the whole key
        }
        return Crc16(key) & (Count - 1);
    }

    /// <summary>CRC16-XMODEM (polynomial 0x1021, initial value 0): CRC16("123456789") is 0x31C3.</summary>
    public static ushort Crc16(ReadOnlySpan<byte> data)
    {
        ushort crc = 0;
        foreach (var b in data) crc = (ushort)((crc << 8) ^ Table[((crc >> 8) ^ b) & 0xFF]);
        return crc;
    }

    private static ushort[] BuildTable()
    {
        var table = new ushort[256];
        for (var i = 0; i < 256; i++)
        {
            var crc = (ushort)(i << 8);
            for (var bit = 0; bit < 8; bit++) crc = (ushort)((crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1);
            table[i] = crc;
        }
        return table;
    }
}
