using System.Diagnostics;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Language;

namespace Federation.GraphQL.Telemetry;

/// <summary>
/// The telemetry of one request on the executor's instrumented path: its span (OpenTelemetry semantic conventions,
/// GraphQL server spans) and its measurements. Created only when something listens (<see cref="GraphQLTelemetry.IsActive"/>).
/// </summary>
internal sealed class RequestTelemetry
{
    internal const string OperationNameAttribute = "graphql.operation.name";
    internal const string OperationTypeAttribute = "graphql.operation.type";
    internal const string DocumentAttribute = "graphql.document";
    internal const string ErrorTypeAttribute = "error.type";
    private const string DefaultSpanName = "GraphQL Operation";
    private const int MaxErrorEvents = 10;

    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly GraphQLTelemetryOptions _options;
    private string? _operationType;

    private RequestTelemetry(Activity? activity, GraphQLTelemetryOptions options)
    {
        Activity = activity;
        _options = options;
    }

    /// <summary>The request span; null when no tracing listener samples it.</summary>
    public Activity? Activity { get; }

    /// <summary>Semantic conventions: span kind SHOULD be SERVER, named "GraphQL Operation" until the operation is known.</summary>
    public static RequestTelemetry Start(ExecutionRequest request, GraphQLTelemetryOptions options)
    {
        var activity = GraphQLTelemetry.Source.StartActivity(DefaultSpanName, ActivityKind.Server);
        if (activity is { IsAllDataRequested: true } && options.IncludeDocument)
        {
            var document = request.Query ?? (request.Document is { } parsed ? Printer.Print(parsed) : null);
            if (document is not null) activity.SetTag(DocumentAttribute, document);
        }
        return new RequestTelemetry(activity, options);
    }

    /// <summary>The selected operation names the span <c>{graphql.operation.type}</c> (or <c>{type} {name}</c> when enabled).</summary>
    public void SetOperation(OperationDefinitionNode operation)
    {
        _operationType = TypeName(operation.Operation);
        if (Activity is not { IsAllDataRequested: true } activity) return;
        var name = operation.Name?.Value;
        activity.SetTag(OperationTypeAttribute, _operationType);
        if (name is not null) activity.SetTag(OperationNameAttribute, name);
        activity.DisplayName = _options.OperationNameInSpanName && name is not null ? $"{_operationType} {name}" : _operationType;
    }

    /// <summary>A child span of the request (parse, validate, execute); null when not sampled.</summary>
    public static Activity? StartPhase(string name) => GraphQLTelemetry.Source.StartActivity(name, ActivityKind.Internal);

    /// <summary>The resolver tracer to use: resolver spans under <paramref name="parent"/> when enabled and sampled.</summary>
    public IFieldTracer? FieldTracer(IFieldTracer? requested, Activity? parent)
        => _options.ResolverSpans && parent is { IsAllDataRequested: true } ? new ResolverSpanTracer(parent, requested) : requested;

    /// <summary>Records the result: errors on the span (status Error, one event per error) and the request metrics.</summary>
    public ExecutionResult Complete(ExecutionResult result)
    {
        var errors = result.Errors;
        var errorType = errors is { Count: > 0 } ? ErrorType(errors[0]) : null;
        if (errors is { Count: > 0 })
        {
            if (Activity is { } activity) RecordErrors(activity, errors, errorType!);
            if (GraphQLTelemetry.Errors.Enabled)
            {
                GraphQLTelemetry.Errors.Add(errors.Count, new(OperationTypeAttribute, _operationType),
                    new("graphql.error.kind", result.HasData ? "field" : "request"));
            }
        }
        Stop(errorType);
        return result;
    }

    /// <summary>The request threw (cancellation, a bug): the span records the exception.</summary>
    public void Fail(Exception exception)
    {
        var errorType = exception.GetType().FullName ?? "_OTHER";
        if (Activity is { } activity)
        {
            activity.SetStatus(ActivityStatusCode.Error, exception.Message);
            activity.SetTag(ErrorTypeAttribute, errorType);
            activity.AddException(exception);
        }
        Stop(errorType);
    }

    /// <summary>Marks a phase span failed with <paramref name="errors"/> (syntax or validation errors).</summary>
    public static void Fail(Activity? phase, IReadOnlyList<GraphQLError> errors)
    {
        if (phase is null || errors.Count == 0) return;
        RecordErrors(phase, errors, ErrorType(errors[0]));
    }

    private void Stop(string? errorType)
    {
        if (GraphQLTelemetry.RequestDuration.Enabled)
        {
            var elapsed = Stopwatch.GetElapsedTime(_started).TotalSeconds;
            GraphQLTelemetry.RequestDuration.Record(elapsed, new(OperationTypeAttribute, _operationType), new(ErrorTypeAttribute, errorType));
        }
        Activity?.Dispose();
    }

    /// <summary>Semantic conventions, recording errors: status Error with a description, error.type, and the exceptions as events.</summary>
    private static void RecordErrors(Activity activity, IReadOnlyList<GraphQLError> errors, string errorType)
    {
        activity.SetStatus(ActivityStatusCode.Error, errors[0].Message);
        if (!activity.IsAllDataRequested) return;
        activity.SetTag(ErrorTypeAttribute, errorType);
        for (var i = 0; i < errors.Count && i < MaxErrorEvents; i++)
        {
            var error = errors[i];
            var path = error.Path is { } segments ? string.Join('.', segments) : null;
            if (error.Exception is { } exception)
            {
                activity.AddException(exception, new TagList { { "graphql.error.path", path } });
                continue;
            }
            var tags = new ActivityTagsCollection { ["graphql.error.message"] = error.Message };
            if (path is not null) tags["graphql.error.path"] = path;
            activity.AddEvent(new ActivityEvent("graphql.error", tags: tags));
        }
    }

    /// <summary>A low-cardinality error identifier: the exception's type, else the error's extensions code.</summary>
    private static string ErrorType(GraphQLError error)
        => error.Exception?.GetType().FullName ?? (error.Extensions?.GetValueOrDefault("code") as string) ?? "graphql.error";

    internal static string TypeName(OperationType type) => type switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
