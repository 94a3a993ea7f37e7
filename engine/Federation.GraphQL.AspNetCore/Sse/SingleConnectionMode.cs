using Federation.GraphQL.Execution;
using Federation.GraphQL.Language;
using Federation.GraphQL.Subscriptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.GraphQL.AspNetCore.Sse;

/// <summary>
/// graphql-sse single connection mode: PUT reserves an event stream (201 with a token), a request with
/// <c>Accept: text/event-stream</c> and the token opens it, POSTs with the token and <c>extensions.operationId</c> run
/// operations whose events carry that id (202), and DELETE <c>?operationId=</c> stops one.
/// </summary>
internal sealed class SingleConnectionMode
{
    public const string TokenHeader = "X-GraphQL-Event-Stream-Token";
    public const string TokenQueryKey = "token";

    private readonly GraphQLServer _server;
    private readonly GraphQLSseOptions _options;
    private readonly SseReservationStore _reservations;
    private readonly IServiceScopeFactory _scopes;
    private readonly CancellationToken _applicationStopping;

    public SingleConnectionMode(GraphQLServer server, GraphQLSseOptions options, SseReservationStore reservations, IServiceScopeFactory scopes,
        CancellationToken applicationStopping)
    {
        _applicationStopping = applicationStopping;
        _server = server;
        _options = options;
        _reservations = reservations;
        _scopes = scopes;
    }

    /// <summary>The reservation token from the header, else from the <c>token</c> search parameter.</summary>
    public static string? ReadToken(HttpRequest request)
    {
        if (request.Headers.TryGetValue(TokenHeader, out var header) && header.Count > 0 && !string.IsNullOrEmpty(header[0])) return header[0];
        if (!request.QueryString.HasValue) return null;
        var query = request.Query[TokenQueryKey];
        return query.Count > 0 && !string.IsNullOrEmpty(query[0]) ? query[0] : null;
    }

    /// <summary>PUT: a reservation for an event stream; the token is the text/plain body of a 201.</summary>
    public async Task ReserveAsync(HttpContext context)
    {
        if (!AcceptsText(context.Request))
        {
            await SseResponses.StatusAsync(context, StatusCodes.Status406NotAcceptable).ConfigureAwait(false);
            return;
        }
        if (await SseConnectionHook.ConnectAsync(_server, context).ConfigureAwait(false) is not { } contextData)
        {
            await SseConnectionHook.RefuseAsync(context).ConfigureAwait(false);
            return;
        }
        if (_reservations.TryReserve(contextData) is not { } reservation)
        {
            await SseResponses.ErrorAsync(context, StatusCodes.Status503ServiceUnavailable, "Too many event stream reservations").ConfigureAwait(false);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(reservation.Token, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Opens the reserved event stream; it lives until the client leaves, then its operations stop.</summary>
    public async Task StreamAsync(HttpContext context, string token)
    {
        if (_reservations.Find(token) is not { } reservation)
        {
            await StreamNotFoundAsync(context).ConfigureAwait(false);
            return;
        }
        // PROTOCOL.md: only one event stream may fulfil a reservation.
        if (!reservation.TryOpen())
        {
            await SseResponses.ErrorAsync(context, StatusCodes.Status409Conflict, "Stream already open").ConfigureAwait(false);
            return;
        }
        try
        {
            var writer = await SseEventWriter.StartAsync(context.Response, context.RequestAborted).ConfigureAwait(false);
            using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, reservation.Lifetime, _applicationStopping);
            await reservation.Events.DrainAsync(writer, _options.KeepAliveInterval, ended.Token).ConfigureAwait(false);
        }
        finally
        {
            reservation.Close();
        }
    }

    /// <summary>GET or POST with the token: runs the operation and answers 202; its events go to the reserved stream.</summary>
    public async Task ExecuteAsync(HttpContext context, string token)
    {
        var method = context.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsPost(method))
        {
            context.Response.Headers.Allow = "GET, POST, PUT, DELETE";
            await SseResponses.StatusAsync(context, StatusCodes.Status405MethodNotAllowed).ConfigureAwait(false);
            return;
        }
        if (_reservations.Find(token) is not { } reservation)
        {
            await StreamNotFoundAsync(context).ConfigureAwait(false);
            return;
        }
        var (parameters, status, problem) = await SseRequestParameters.ReadAsync(context, _server.Options.MaxRequestBodyBytes).ConfigureAwait(false);
        if (parameters is null)
        {
            await SseResponses.ErrorAsync(context, status, problem!).ConfigureAwait(false);
            return;
        }
        if (parameters.OperationId is not { } operationId)
        {
            await SseResponses.ErrorAsync(context, StatusCodes.Status400BadRequest, "Operation ID is missing").ConfigureAwait(false);
            return;
        }
        // PROTOCOL.md: apart from the 202, requests are handled as GraphQL over HTTP says (request errors: 400).
        var executor = _server.Executor; // read once: a swap does not move a started operation to another executor
        var type = SseOperation.Check(executor, parameters.Query!, parameters.OperationName, out var errors);
        if (type is null)
        {
            await SseResponses.ResultAsync(context, StatusCodes.Status400BadRequest, ExecutionResult.FromErrors(errors!)).ConfigureAwait(false);
            return;
        }
        if (type == OperationType.Mutation && HttpMethods.IsGet(method))
        {
            context.Response.Headers.Allow = "POST";
            await SseResponses.ErrorAsync(context, StatusCodes.Status405MethodNotAllowed, "Cannot perform mutations over GET").ConfigureAwait(false);
            return;
        }
        switch (reservation.TryAddOperation(operationId, out var running))
        {
            case SseReservation.AddOutcome.Duplicate:
                await SseResponses.ErrorAsync(context, StatusCodes.Status409Conflict, "Operation with ID already exists").ConfigureAwait(false);
                return;
            case SseReservation.AddOutcome.TooMany:
                await SseResponses.ErrorAsync(context, StatusCodes.Status429TooManyRequests, "Too many operations on this event stream").ConfigureAwait(false);
                return;
            case SseReservation.AddOutcome.Closed:
                await StreamNotFoundAsync(context).ConfigureAwait(false);
                return;
        }

        // The operation outlives this request: it gets its own service scope and stops with the reservation or a DELETE.
        var scope = _scopes.CreateAsyncScope();
        SseOperation operation;
        try
        {
            var request = new ExecutionRequest
            {
                Query = parameters.Query,
                OperationName = parameters.OperationName,
                Variables = parameters.Variables,
                Services = scope.ServiceProvider,
                ContextData = new Dictionary<string, object?>(reservation.ContextData, StringComparer.Ordinal),
                CancellationToken = running.Token,
            };
            operation = await SseOperation.StartAsync(executor, request, type.Value).ConfigureAwait(false);
        }
        catch
        {
            reservation.Forget(running);
            await scope.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        _ = RunAsync(operation, reservation, running, scope, _server.Options.SubscriptionBuffer);
        context.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    /// <summary>DELETE <c>?operationId=</c>: stops a running operation of the reservation.</summary>
    public async Task StopAsync(HttpContext context, string? token)
    {
        if (token is null || _reservations.Find(token) is not { } reservation)
        {
            await StreamNotFoundAsync(context).ConfigureAwait(false);
            return;
        }
        var operationId = context.Request.Query["operationId"];
        if (operationId.Count == 0 || string.IsNullOrEmpty(operationId[0]))
        {
            await SseResponses.ErrorAsync(context, StatusCodes.Status400BadRequest, "Operation ID is missing").ConfigureAwait(false);
            return;
        }
        if (!reservation.TryStopOperation(operationId[0]!))
        {
            await SseResponses.ErrorAsync(context, StatusCodes.Status404NotFound, "Operation not found").ConfigureAwait(false);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    public static Task StreamNotFoundAsync(HttpContext context)
        => SseResponses.ErrorAsync(context, StatusCodes.Status404NotFound, "Stream not found");

    private static async Task RunAsync(SseOperation operation, SseReservation reservation, SseReservation.Operation running,
        AsyncServiceScope scope, SubscriptionBufferOptions buffer)
    {
        try
        {
            await operation.PumpAsync(reservation.Events, running.Id, buffer, running.Token).ConfigureAwait(false);
        }
        finally
        {
            reservation.Forget(running);
            await scope.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static bool AcceptsText(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0) return true;
        foreach (var value in accept)
        {
            if (value is null) continue;
            if (value.Contains("*/*", StringComparison.Ordinal) || value.Contains("text/plain", StringComparison.OrdinalIgnoreCase)
                || value.Contains("text/*", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
