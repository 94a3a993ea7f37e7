using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Federation.Cli;
using Federation.GraphQL.AspNetCore.Http;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;
using Federation.GraphQL.Utilities;

namespace Federation.Benchmarks;

/// <summary>
/// The requests of the HTTP serving benchmark (bench/serve/run.sh) in process: the same schema, root value and
/// JSON-root resolvers as <c>fed serve --schema bench/serve/schema.graphql --root bench/serve/root.json</c>, the POST body
/// decoded and turned into the executor's request as the HTTP handler does (JsonRequestReader, GraphQLHttpRequest),
/// executed from the document cache and written with the server's writer options into a reused buffer. No HTTP:
/// Kestrel's part is the ceiling's.
/// </summary>
[MemoryDiagnoser]
public class ServeBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private RequestExecutor _executor = null!;
    private ReadOnlySequence<byte> _items;
    private ReadOnlySequence<byte> _hello;
    private ReadOnlySequence<byte> _helloLargeDocument;

    [GlobalSetup]
    public void Setup()
    {
        _executor = ServeInputs.Executor();
        _items = new ReadOnlySequence<byte>(ServeInputs.Body("items.json"));
        _hello = new ReadOnlySequence<byte>(ServeInputs.Body("hello.json"));
        // { hello } in a 4 KB document (a comment, as long documents are mostly text the executor does not run).
        _helloLargeDocument = new ReadOnlySequence<byte>(System.Text.Encoding.UTF8.GetBytes(
            "{\"query\":\"# " + new string('x', 4096) + "\\n{ hello }\"}"));
        // Fills the document cache and checks the answers, so that the measured runs take the server's usual path.
        Run(_items);
        ServeInputs.RequireRootData(Response, "items");
        Run(_hello);
        ServeInputs.RequireRootData(Response, "hello");
        Run(_helloLargeDocument);
        ServeInputs.RequireRootData(Response, "hello");
    }

    [Benchmark]
    public int Items() => Run(_items);

    [Benchmark]
    public int Hello() => Run(_hello);

    /// <summary>The same answer from a 4 KB document: the cost of carrying, hashing and looking up the document text.</summary>
    [Benchmark]
    public int HelloLargeDocument() => Run(_helloLargeDocument);

    private int Run(ReadOnlySequence<byte> body)
    {
        if (!JsonRequestReader.TryReadBody(body, allowBatch: false, maxBatchSize: 1, out var single, out _, out var rejection))
            throw new InvalidOperationException(rejection.Message);
        var request = single!.ToExecutionRequest(null, null, null);
        var result = BenchmarkSchemas.Execute(_executor, request);
        _buffer.ResetWrittenCount();
        result.WriteTo(_buffer);
        return _buffer.WrittenCount;
    }

    /// <summary>The response of the last run (for the checks).</summary>
    public ReadOnlySpan<byte> Response => _buffer.WrittenSpan;
}

/// <summary>bench/serve's schema, root value and request bodies (embedded).</summary>
public static class ServeInputs
{
    public static RequestExecutor Executor()
    {
        var root = JsonValues.Parse(Read("root.json"));
        var schema = JsonRootResolvers.Bind(new SchemaBuilder().AddDocument(Read("schema.graphql")), root, TimeSpan.Zero).Build();
        return new RequestExecutor(schema);
    }

    /// <summary>A POST body of bench/serve, as the server reads it.</summary>
    public static byte[] Body(string name) => System.Text.Encoding.UTF8.GetBytes(Read(name));

    /// <summary>Fails unless the response is exactly <c>{"data":{name: root[name]}}</c> (compared as JSON values).</summary>
    public static void RequireRootData(ReadOnlySpan<byte> response, string name)
    {
        using var root = JsonDocument.Parse(Read("root.json"));
        using var answer = JsonDocument.Parse(response.ToArray());
        var ok = answer.RootElement.EnumerateObject().Count() == 1
            && answer.RootElement.TryGetProperty("data", out var data)
            && data.EnumerateObject().Count() == 1
            && data.TryGetProperty(name, out var value)
            && JsonElement.DeepEquals(value, root.RootElement.GetProperty(name));
        if (!ok) throw new InvalidOperationException($"serve {name}: unexpected response {System.Text.Encoding.UTF8.GetString(response)}");
    }

    private static string Read(string name)
    {
        using var stream = typeof(ServeInputs).Assembly.GetManifestResourceStream("serve/" + name)
            ?? throw new InvalidOperationException($"Embedded serve input 'serve/{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
