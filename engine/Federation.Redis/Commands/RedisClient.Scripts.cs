using System.Collections.Concurrent;
using Federation.Redis.Protocol;

namespace Federation.Redis;

public sealed partial class RedisClient
{
    private readonly ConcurrentDictionary<string, LuaScript> _scripts = new(StringComparer.Ordinal);

    /// <summary>Runs a script by source text (its SHA1 is computed once per text and cached on this client).</summary>
    public Task<RespValue> EvaluateAsync(string script, IReadOnlyList<string>? keys = null, IReadOnlyList<object>? args = null,
        CancellationToken cancellationToken = default) =>
        EvaluateAsync(_scripts.GetOrAdd(script, static s => new LuaScript(s)), keys, args, cancellationToken);

    /// <summary>EVALSHA first; when Redis answers NOSCRIPT (never loaded, or SCRIPT FLUSH), EVAL, which caches it again.</summary>
    public async Task<RespValue> EvaluateAsync(LuaScript script, IReadOnlyList<string>? keys = null, IReadOnlyList<object>? args = null,
        CancellationToken cancellationToken = default)
    {
        try
        {
            var sha = Eval("EVALSHA", script.Sha1, keys, args);
            return await Send(ref sha, cancellationToken).ConfigureAwait(false);
        }
        catch (RedisServerException ex) when (ex.ErrorCode == "NOSCRIPT")
        {
            var eval = Eval("EVAL", script.Source, keys, args);
            return await Send(ref eval, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>SCRIPT LOAD: the SHA1 Redis will know the script by.</summary>
    public async Task<string> ScriptLoadAsync(LuaScript script, CancellationToken cancellationToken = default)
    {
        var e = new CommandEncoder("SCRIPT", 2);
        e.Add("LOAD");
        e.Add(script.Source);
        return (await Send(ref e, cancellationToken).ConfigureAwait(false)).AsString()!;
    }

    private static CommandEncoder Eval(string command, string scriptOrSha, IReadOnlyList<string>? keys, IReadOnlyList<object>? args)
    {
        var keyCount = keys?.Count ?? 0;
        var e = new CommandEncoder(command, 2 + keyCount + (args?.Count ?? 0));
        e.Add(scriptOrSha);
        e.Add(keyCount);
        if (keys is not null) foreach (var k in keys) e.AddKey(k);
        if (args is not null) foreach (var a in args) e.Add(a);
        return e;
    }
}
