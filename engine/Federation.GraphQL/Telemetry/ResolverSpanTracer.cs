using System.Diagnostics;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Telemetry;

/// <summary>
/// One span per field resolver, a child of the request's execute span (<see cref="GraphQLTelemetryOptions.ResolverSpans"/>),
/// around the request's own tracer when it has one. The spans are not made current: resolvers run concurrently on one
/// flow, so a span current for one would become the parent of its siblings.
/// </summary>
internal sealed class ResolverSpanTracer(Activity parent, IFieldTracer? inner) : IFieldTracer
{
    private readonly ActivityContext _parent = parent.Context;

    public object? ResolverStarting(Execution.Path path, ObjectType parentType, Field field)
    {
        var previous = Activity.Current;
        var activity = GraphQLTelemetry.Source.StartActivity(ActivityKind.Internal, _parent, name: $"{parentType.Name}.{field.Name}");
        Activity.Current = previous;
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("graphql.field.name", field.Name);
            activity.SetTag("graphql.field.parent_type", parentType.Name);
            activity.SetTag("graphql.field.path", path.ToString());
        }
        var state = inner?.ResolverStarting(path, parentType, field);
        return activity is null && inner is null ? null : new State(activity, state);
    }

    public void ResolverEnded(object? state)
    {
        if (state is not State ended) return;
        inner?.ResolverEnded(ended.Inner);
        ended.Activity?.Dispose();
    }

    private sealed record State(Activity? Activity, object? Inner);
}
