using System.Buffers;
using System.Text;
using System.Text.Json;
using Federation.Cli.Json;
using Federation.GraphQL;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Language;
using Federation.GraphQL.Validation;

namespace Federation.Cli.Batch;

/// <summary>
/// Runs <c>fed exec --batch</c>: one JSON case per input line, one JSON answer per case, in input order.
/// A case that crashes is answered with <c>{"id", "crash"}</c> and the batch goes on.
/// </summary>
public sealed class BatchRunner
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public SchemaCatalog Schemas { get; } = new();

    /// <summary>Deepest JSON nesting of a case line; a deeper line is answered with its id and an error naming this limit.</summary>
    public int MaxJsonDepth { get; init; } = BatchCase.DefaultMaxJsonDepth;

    public async Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken = default)
    {
        var cases = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            cases++;
            await output.WriteLineAsync(await AnswerAsync(line, cancellationToken));
            await output.FlushAsync(cancellationToken);
        }
        return cases;
    }

    /// <summary>The answer line for one input line; never throws (except for cancellation).</summary>
    public async Task<string> AnswerAsync(string line, CancellationToken cancellationToken = default)
    {
        try
        {
            return await AnswerAsync(BatchCase.Parse(line, MaxJsonDepth), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            return Line(BatchCase.TryReadId(line), w => w.WriteString("crash", $"{e.GetType().Name}: {e.Message}"));
        }
    }

    public async Task<string> AnswerAsync(BatchCase testCase, CancellationToken cancellationToken = default)
    {
        if (testCase.Print is { } text) return AnswerPrint(testCase.Id, text);

        var entry = Schemas.Get(testCase.Schema ?? throw new ArgumentException("A case needs \"schema\" (or \"print\")."));
        if (!entry.IsValid)
        {
            return Line(testCase.Id, w =>
            {
                w.WriteStartArray("schemaErrors");
                foreach (var e in entry.Errors) w.WriteStringValue(e.Message);
                w.WriteEndArray();
            });
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse(testCase.Query ?? throw new ArgumentException("A case needs \"query\"."));
        }
        catch (GraphQLSyntaxException e)
        {
            return Line(testCase.Id, w => ErrorJson.WriteErrors(w, "errors", [SyntaxError(e)]));
        }

        var errors = DocumentValidator.Validate(entry.Schema!, document);
        if (errors.Count > 0) return Line(testCase.Id, w => ErrorJson.WriteErrors(w, "errors", errors));
        if (testCase.ValidateOnly) return Line(testCase.Id, w => w.WriteBoolean("valid", true));

        var request = new ExecutionRequest
        {
            Document = document,
            Variables = testCase.Variables,
            OperationName = testCase.OperationName,
            RootValue = testCase.Root,
            CancellationToken = cancellationToken,
        };
        if (PreparedDocument.GetOperation(document, testCase.OperationName, out _)?.Operation == OperationType.Subscription)
        {
            return await SubscriptionEvents.AnswerAsync(testCase.Id, entry.Executor!, request, cancellationToken);
        }
        var result = await entry.Executor!.ExecuteAsync(request);
        return WithResult(testCase.Id, result);
    }

    private static string AnswerPrint(string? id, string text)
    {
        try
        {
            var printed = Printer.Print(Parser.Parse(text));
            return Line(id, w => w.WriteString("printed", printed));
        }
        catch (GraphQLSyntaxException e)
        {
            return Line(id, w => ErrorJson.WriteErrors(w, "errors", [SyntaxError(e)]));
        }
    }

    public static GraphQLError SyntaxError(GraphQLSyntaxException e) => GraphQLError.FromSyntaxException(e);

    /// <summary><c>{"id": ..., &lt;the result's own JSON properties&gt;}</c>: the engine's writer produces the result.</summary>
    public static string WithResult(string? id, ExecutionResult result)
    {
        var head = Line(id, static _ => { });
        var body = result.ToJson();
        return body.Length <= 2 ? head : string.Concat(head.AsSpan(0, head.Length - 1), ",", body.AsSpan(1));
    }

    /// <summary>One answer line: <c>{"id": ..., &lt;body&gt;}</c>.</summary>
    public static string Line(string? id, Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            if (id is null) writer.WriteNull("id");
            else writer.WriteString("id", id);
            body(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
