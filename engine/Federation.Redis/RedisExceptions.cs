namespace Federation.Redis;

/// <summary>Base of every error this client raises.</summary>
public class RedisException : Exception
{
    public RedisException(string message, Exception? inner = null) : base(message, inner) { }
}

/// <summary>Redis answered the command with an error reply; <see cref="Exception.Message"/> is Redis's text.</summary>
public sealed class RedisServerException : RedisException
{
    public RedisServerException(string message) : base(message)
    {
        var space = message.IndexOf(' ');
        ErrorCode = space > 0 ? message[..space] : message;
    }

    /// <summary>The first word of the error (ERR, WRONGTYPE, NOSCRIPT, NOAUTH, MOVED...).</summary>
    public string ErrorCode { get; }
}

/// <summary>The connection to Redis is down or broke while the command was in flight.</summary>
public sealed class RedisConnectionException : RedisException
{
    public RedisConnectionException(string message, Exception? inner = null) : base(message, inner) { }
}

/// <summary>No reply arrived within the sync timeout.</summary>
public sealed class RedisTimeoutException : RedisException
{
    public RedisTimeoutException(string message) : base(message) { }
}

/// <summary>The server sent bytes that are not RESP.</summary>
public sealed class RedisProtocolException : RedisException
{
    public RedisProtocolException(string message) : base(message) { }
}
