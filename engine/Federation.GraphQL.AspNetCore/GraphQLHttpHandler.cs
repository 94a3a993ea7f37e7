using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Federation.GraphQL.AspNetCore.Http;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Language;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Federation.GraphQL.AspNetCore;

/// <summary>
/// GraphQL over HTTP (GET and POST with <c>application/json</c>): negotiates the response media type, decodes the
/// request parameters, executes through the server's current <see cref="IRequestExecutor"/> and writes the result straight to
/// the response body pipe. Status codes: well-formed requests answer 200 under <c>application/json</c>; under
/// <c>application/graphql-response+json</c> a response without data (parse, validation, operation or variable errors)
/// answers 400. Requests that are not well formed answer 400 (bad JSON or parameters), 405, 406, 413 or 415.
/// </summary>
internal sealed class GraphQLHttpHandler
{
    private readonly GraphQLServer _server;

    public GraphQLHttpHandler(GraphQLServer server) => _server = server;

    public Task HandleAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsPost(method)) return HandlePostAsync(context);
        if (HttpMethods.IsGet(method))
        {
            if (!_server.Options.EnableGetRequests) return Reject(context, new(StatusCodes.Status405MethodNotAllowed, "GET requests are not enabled; use POST.", "POST"));
            return HandleGetAsync(context);
        }
        var allow = _server.Options.EnableGetRequests ? "GET, POST" : "POST";
        return Reject(context, new(StatusCodes.Status405MethodNotAllowed, $"GraphQL over HTTP accepts {allow} requests, not {method}.", allow));
    }

    private Task HandleGetAsync(HttpContext context)
    {
        var media = MediaTypeNegotiation.Negotiate(context.Request.Headers.Accept);
        if (media == ResponseMediaType.None) return Reject(context, NotAcceptable);
        var parameters = context.Request.Query;
        foreach (var name in (ReadOnlySpan<string>)["query", "operationName", "variables", "extensions"])
        {
            if (parameters[name].Count > 1) return Reject(context, new(StatusCodes.Status400BadRequest, $"The \"{name}\" parameter is given more than once."));
        }
        var query = parameters["query"].ToString();
        if (query.Length == 0) return Reject(context, new(StatusCodes.Status400BadRequest, "The request has no \"query\" parameter: send the GraphQL document in the URL."));
        var operationName = parameters["operationName"].ToString();
        var depth = _server.Options.MaxJsonDepth;
        if (!JsonRequestReader.TryReadObjectParameter("variables", parameters["variables"], out var variables, out var rejection, depth)
            || !JsonRequestReader.TryReadObjectParameter("extensions", parameters["extensions"], out var extensions, out rejection, depth))
        {
            return Reject(context, rejection);
        }
        var request = new GraphQLHttpRequest
        {
            Query = System.Text.Encoding.UTF8.GetBytes(query), // encoded once: hashed and parsed from these bytes
            OperationName = operationName.Length == 0 ? null : operationName,
            Variables = variables,
            Extensions = extensions,
        };
        var executor = _server.Executor; // read once: a swap during the request does not change its executor
        // Spec (GET): a mutation MUST NOT be executed over GET; 405 with Allow: POST.
        if (IsMutation(executor, request)) return Reject(context, new(StatusCodes.Status405MethodNotAllowed, "Mutations cannot be sent over GET; use POST.", "POST"));
        return ExecuteAsync(context, executor, request, media);
    }

    private async Task HandlePostAsync(HttpContext context)
    {
        var media = MediaTypeNegotiation.Negotiate(context.Request.Headers.Accept);
        if (media == ResponseMediaType.None)
        {
            await Reject(context, NotAcceptable);
            return;
        }
        if (!IsJsonContentType(context.Request.ContentType, out var unsupported))
        {
            await Reject(context, new(StatusCodes.Status415UnsupportedMediaType, unsupported));
            return;
        }

        var options = _server.Options;
        var limit = options.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            await Reject(context, TooLarge(limit));
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature) sizeFeature.MaxRequestBodySize = limit;

        var reader = context.Request.BodyReader;
        ReadResult read;
        try
        {
            while (true)
            {
                read = await reader.ReadAsync(context.RequestAborted);
                if (read.Buffer.Length > limit)
                {
                    reader.AdvanceTo(read.Buffer.End);
                    await Reject(context, TooLarge(limit));
                    return;
                }
                if (read.IsCompleted || read.IsCanceled) break;
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await Reject(context, TooLarge(limit));
            return;
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        GraphQLHttpRequest? single;
        List<GraphQLHttpRequest>? batch;
        RequestRejection rejection;
        bool ok;
        try
        {
            ok = JsonRequestReader.TryReadBody(read.Buffer, options.EnableBatching, options.MaxBatchSize, out single, out batch, out rejection,
                options.MaxJsonDepth);
        }
        finally
        {
            reader.AdvanceTo(read.Buffer.End);
        }
        if (!ok)
        {
            await Reject(context, rejection);
            return;
        }
        var executor = _server.Executor; // read once: a swap during the request does not change its executor
        if (single is not null) await ExecuteAsync(context, executor, single, media);
        else await ExecuteBatchAsync(context, executor, batch!, media);
    }

    private async Task ExecuteAsync(HttpContext context, IRequestExecutor executor, GraphQLHttpRequest request, ResponseMediaType media)
    {
        ExecutionResult result;
        try
        {
            result = await RunAsync(context, executor, request);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // The client went away: nobody reads an answer.
        }
        var response = context.Response;
        // Spec (Status Codes): under graphql-response+json a response without data is a request error (400);
        // application/json answers 200 for every well-formed request (legacy clients read the body).
        response.StatusCode = media == ResponseMediaType.GraphQLResponseJson && !result.HasData
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        response.ContentType = MediaTypeNegotiation.ContentType(media);
        result.WriteTo(response.BodyWriter);
    }

    /// <summary>Batching RFC: the requests run in order, the answer is the array of their results (status 200).</summary>
    private async Task ExecuteBatchAsync(HttpContext context, IRequestExecutor executor, List<GraphQLHttpRequest> batch, ResponseMediaType media)
    {
        var results = new ExecutionResult[batch.Count];
        try
        {
            for (var i = 0; i < batch.Count; i++) results[i] = await RunAsync(context, executor, batch[i]);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaTypeNegotiation.ContentType(media);
        using var writer = new Utf8JsonWriter(response.BodyWriter, ResultJsonWriter.FastOptions);
        writer.WriteStartArray();
        foreach (var result in results) result.WriteTo(writer);
        writer.WriteEndArray();
    }

    private ValueTask<ExecutionResult> RunAsync(HttpContext context, IRequestExecutor executor, GraphQLHttpRequest request)
    {
        var interceptors = _server.Interceptors;
        if (interceptors.Length == 0) return executor.ExecuteAsync(request.ToExecutionRequest(context, context.RequestServices, null));
        return RunInterceptedAsync(executor, context, request, interceptors);
    }

    /// <summary>Runs a request the registered <see cref="IGraphQLHttpRequestInterceptor"/>s may trace and extend.</summary>
    private static async ValueTask<ExecutionResult> RunInterceptedAsync(IRequestExecutor executor, HttpContext context, GraphQLHttpRequest request, IGraphQLHttpRequestInterceptor[] interceptors)
    {
        List<IGraphQLHttpRequestScope>? scopes = null;
        IFieldTracer? tracer = null;
        foreach (var interceptor in interceptors)
        {
            if (interceptor.Begin(context) is not { } scope) continue;
            (scopes ??= []).Add(scope);
            tracer ??= scope.FieldTracer;
        }
        var result = await executor.ExecuteAsync(request.ToExecutionRequest(context, context.RequestServices, tracer));
        if (scopes is null) return result;
        Dictionary<string, object?>? extensions = null;
        foreach (var scope in scopes)
        {
            if (scope.Complete(result) is not { Count: > 0 } added) continue;
            extensions ??= result.Extensions is { } existing ? new(existing, StringComparer.Ordinal) : new(StringComparer.Ordinal);
            foreach (var (name, value) in added) extensions[name] = value;
        }
        return extensions is null ? result : new ExecutionResult(result.Data, result.Errors, result.HasData, extensions);
    }

    /// <summary>
    /// Whether the operation a GET names is a mutation: the document comes from the executor's document cache, so the
    /// execution that follows does not parse it again (a document that does not parse is left to the executor).
    /// </summary>
    private static bool IsMutation(IRequestExecutor executor, GraphQLHttpRequest request)
        => executor.GetDocument(request.Query).GetOperation(request.OperationName, out _)?.Operation == OperationType.Mutation;

    /// <summary>POST bodies must be <c>application/json</c> (any charset parameter must be UTF-8); spec: POST.</summary>
    private static bool IsJsonContentType(string? contentType, out string message)
    {
        message = "";
        if (string.IsNullOrEmpty(contentType))
        {
            message = "A POST request needs a Content-Type header: application/json.";
            return false;
        }
        if (contentType.Equals(MediaTypeNegotiation.Json, StringComparison.OrdinalIgnoreCase)
            || contentType.Equals(MediaTypeNegotiation.JsonUtf8, StringComparison.OrdinalIgnoreCase))
        {
            return true; // the common cases, without parsing
        }
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !parsed.MediaType.Equals(MediaTypeNegotiation.Json, StringComparison.OrdinalIgnoreCase))
        {
            message = $"Unsupported Content-Type '{contentType}': POST the request as application/json.";
            return false;
        }
        var charset = parsed.Charset;
        if (charset.HasValue && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            message = $"Unsupported charset '{charset}': GraphQL requests are UTF-8.";
            return false;
        }
        return true;
    }

    private static readonly RequestRejection NotAcceptable = new(StatusCodes.Status406NotAcceptable,
        "The Accept header allows neither application/graphql-response+json nor application/json.");

    private static RequestRejection TooLarge(long limit)
        => new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than the limit of {limit} bytes.");

    /// <summary>
    /// Answers a request that is not a well-formed GraphQL-over-HTTP request: the status code and a GraphQL-shaped error
    /// body as <c>application/json</c> (spec: such responses MUST NOT use application/graphql-response+json).
    /// </summary>
    private static Task Reject(HttpContext context, RequestRejection rejection)
    {
        var response = context.Response;
        response.StatusCode = rejection.StatusCode;
        if (rejection.Allow is not null) response.Headers.Allow = rejection.Allow;
        response.ContentType = MediaTypeNegotiation.JsonUtf8;
        WriteErrorBody(response.BodyWriter, rejection.Message);
        return Task.CompletedTask;
    }

    private static void WriteErrorBody(IBufferWriter<byte> output, string message)
    {
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        writer.WriteStartArray("errors"u8);
        writer.WriteStartObject();
        writer.WriteString("message"u8, message);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
