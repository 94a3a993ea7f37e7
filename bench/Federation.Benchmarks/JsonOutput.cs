using System.Buffers;
using System.Text.Json;
using Federation.GraphQL.Execution;

namespace Federation.Benchmarks;

/// <summary>A reused buffer and JSON writer: writes a result as a server writes its response, without allocating per run.</summary>
public sealed class JsonOutput(int capacity) : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(capacity);
    private Utf8JsonWriter? _writer;

    /// <summary>Writes <paramref name="result"/> over the previous one; returns the number of bytes.</summary>
    public int Write(ExecutionResult result)
    {
        _buffer.ResetWrittenCount();
        if (_writer is null) _writer = new Utf8JsonWriter(_buffer, ResultJsonWriter.Options);
        else _writer.Reset(_buffer);
        result.WriteTo(_writer);
        _writer.Flush();
        return _buffer.WrittenCount;
    }

    public void Dispose() => _writer?.Dispose();
}
