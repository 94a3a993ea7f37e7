using System.Text.Json;
using Federation.GraphQL.Execution;

namespace Federation.Cli.Batch;

/// <summary>Answers a subscription case: <c>{"id", "events": [result...]}</c>, or the request's errors.</summary>
public static class SubscriptionEvents
{
    public static async Task<string> AnswerAsync(string? id, IRequestExecutor executor, ExecutionRequest request, CancellationToken cancellationToken)
    {
        var subscription = await executor.SubscribeAsync(request);
        if (subscription.Stream is not { } stream) return BatchRunner.WithResult(id, subscription.Result!);
        var events = new List<string>();
        await foreach (var result in stream.WithCancellation(cancellationToken)) events.Add(result.ToJson());
        return BatchRunner.Line(id, w =>
        {
            w.WriteStartArray("events");
            foreach (var e in events) w.WriteRawValue(e, skipInputValidation: true);
            w.WriteEndArray();
        });
    }
}
