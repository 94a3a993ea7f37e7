using System.Security.Cryptography;
using System.Text;

namespace Federation.Redis;

/// <summary>A Lua script and its SHA1, so it can run as EVALSHA once Redis has it cached.</summary>
public sealed class LuaScript
{
    public LuaScript(string source)
    {
        Source = source;
        Sha1 = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(source)));
    }

    public string Source { get; }

    /// <summary>The lowercase hex SHA1 of the source, as SCRIPT LOAD answers it.</summary>
    public string Sha1 { get; }
}
