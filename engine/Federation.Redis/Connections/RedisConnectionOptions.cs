using System.Globalization;
using System.Net;
using System.Net.Security;

namespace Federation.Redis.Connections;

/// <summary>Which RESP version the handshake asks for.</summary>
public enum RedisProtocol
{
    /// <summary>RESP3 through HELLO 3, falling back to RESP2 when the server refuses HELLO.</summary>
    Resp3,

    /// <summary>RESP2 only (AUTH and CLIENT SETNAME, no HELLO).</summary>
    Resp2,
}

/// <summary>
/// Where and how to connect, read from the connection string .NET users know from StackExchange.Redis:
/// <c>host:port[,host:port...],password=...,user=...,ssl=true,defaultDatabase=N,connectTimeout=ms,syncTimeout=ms,name=...</c>.
/// </summary>
public sealed class RedisConnectionOptions
{
    public List<EndPoint> EndPoints { get; } = [];
    public string? User { get; set; }
    public string? Password { get; set; }
    public bool Ssl { get; set; }
    /// <summary>Name the server certificate must carry (defaults to the endpoint's host).</summary>
    public string? SslHost { get; set; }
    public RemoteCertificateValidationCallback? CertificateValidation { get; set; }
    public int DefaultDatabase { get; set; }
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>How long a command waits for its reply before it fails with <see cref="RedisTimeoutException"/>.</summary>
    public TimeSpan SyncTimeout { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>Client name shown by CLIENT LIST (CLIENT SETNAME / HELLO SETNAME).</summary>
    public string? ClientName { get; set; }
    public RedisProtocol Protocol { get; set; } = RedisProtocol.Resp3;
    /// <summary>When false, connecting returns at once and keeps retrying in the background.</summary>
    public bool AbortOnConnectFail { get; set; } = true;
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromMilliseconds(50);
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary><c>cluster=true</c>: the endpoints are seeds of a Redis Cluster (<see cref="RedisClient.ConnectAsync(string, CancellationToken)"/> routes by hash slot).</summary>
    public bool Cluster { get; set; }

    public static RedisConnectionOptions Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var options = new RedisConnectionOptions();
        foreach (var raw in connectionString.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = raw.IndexOf('=');
            if (eq < 0)
            {
                options.EndPoints.Add(ParseEndPoint(raw));
                continue;
            }
            var key = raw[..eq].Trim();
            var value = raw[(eq + 1)..].Trim();
            switch (key.ToLowerInvariant())
            {
                case "password": options.Password = value; break;
                case "user": options.User = value; break;
                case "ssl": options.Ssl = ParseBool(key, value); break;
                case "sslhost": options.SslHost = value; break;
                case "defaultdatabase": options.DefaultDatabase = ParseInt(key, value); break;
                case "connecttimeout": options.ConnectTimeout = TimeSpan.FromMilliseconds(ParseInt(key, value)); break;
                case "synctimeout" or "asynctimeout": options.SyncTimeout = TimeSpan.FromMilliseconds(ParseInt(key, value)); break;
                case "name": options.ClientName = value; break;
                case "cluster": options.Cluster = ParseBool(key, value); break;
                case "abortconnect": options.AbortOnConnectFail = ParseBool(key, value); break;
                case "protocol":
                    options.Protocol = value.ToLowerInvariant() switch
                    {
                        "resp3" or "3" => RedisProtocol.Resp3,
                        "resp2" or "2" => RedisProtocol.Resp2,
                        _ => throw new ArgumentException($"Connection string: protocol must be resp2 or resp3, not '{value}'."),
                    };
                    break;
                default:
                    throw new ArgumentException($"Connection string: unknown option '{key}'.");
            }
        }
        if (options.EndPoints.Count == 0) throw new ArgumentException("Connection string: no host:port given.");
        return options;
    }

    /// <summary>Reads <c>host</c>, <c>host:port</c>, <c>[v6]:port</c> or a bare IPv6 address (port 6379 by default).</summary>
    public static EndPoint ParseEndPoint(string text)
    {
        string host = text;
        var port = 6379;
        if (text.StartsWith('['))
        {
            var end = text.IndexOf(']');
            if (end < 0) throw new ArgumentException($"Connection string: bad endpoint '{text}'.");
            host = text[1..end];
            if (end + 1 < text.Length && text[end + 1] == ':') port = ParseInt("port", text[(end + 2)..]);
        }
        else if (text.IndexOf(':') is var colon and >= 0 && colon == text.LastIndexOf(':'))
        {
            host = text[..colon];
            port = ParseInt("port", text[(colon + 1)..]);
        }
        return IPAddress.TryParse(host, out var ip) ? new IPEndPoint(ip, port) : new DnsEndPoint(host, port);
    }

    private static bool ParseBool(string key, string value) => bool.TryParse(value, out var b)
        ? b
        : throw new ArgumentException($"Connection string: {key} must be true or false, not '{value}'.");

    private static int ParseInt(string key, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new ArgumentException($"Connection string: {key} must be a non-negative integer, not '{value}'.");
}
