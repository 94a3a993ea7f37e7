using Federation.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Federation.GraphQL.AspNetCore.Http;

/// <summary>The parameters of a GraphQL-over-HTTP request (spec: Request Parameters), decoded from a GET URL or a JSON body.</summary>
internal sealed class GraphQLHttpRequest
{
    /// <summary>The document as UTF-8 (unescaped from a POST body's JSON string, or encoded from a GET's URL parameter).</summary>
    public required ReadOnlyMemory<byte> Query { get; init; }

    public string? OperationName { get; init; }

    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The executor's request: resolvers find the HTTP context in the context data (null in benchmarks).</summary>
    public ExecutionRequest ToExecutionRequest(HttpContext? context, IServiceProvider? services, IFieldTracer? tracer) => new()
    {
        FieldTracer = tracer,
        QueryUtf8 = Query,
        OperationName = OperationName,
        Variables = Variables,
        Services = services,
        ContextData = new Dictionary<string, object?>(StringComparer.Ordinal) { [GraphQLResolverContextExtensions.HttpContextKey] = context },
        CancellationToken = context?.RequestAborted ?? default,
    };
}

/// <summary>Why a request is not a well-formed GraphQL-over-HTTP request: the status code and the error message.</summary>
internal readonly record struct RequestRejection(int StatusCode, string Message, string? Allow = null);
