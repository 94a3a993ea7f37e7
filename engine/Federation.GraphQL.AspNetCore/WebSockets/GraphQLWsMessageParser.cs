using Federation.GraphQL.Utilities;
using System.Text.Json;

namespace Federation.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Reads one client message (a complete WebSocket message, UTF-8 JSON) and checks its shape for its type. The reasons
/// given for invalid messages are the graphql-ws library's, so that they read the same from either server.
/// </summary>
internal static class GraphQLWsMessageParser
{
    public static bool TryParse(ReadOnlyMemory<byte> utf8, out GraphQLWsClientMessage? message, out string? error)
    {
        message = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            error = "Invalid message received";
            return false;
        }
        using (document)
        {
            error = Validate(document.RootElement, out message);
            return error is null;
        }
    }

    private static string? Validate(JsonElement root, out GraphQLWsClientMessage? message)
    {
        message = null;
        if (root.ValueKind != JsonValueKind.Object) return $"Message is expected to be an object, but got {KindName(root.ValueKind)}";
        if (!root.TryGetProperty("type", out var typeElement) || IsFalsy(typeElement)) return "Message is missing the 'type' property";
        if (typeElement.ValueKind != JsonValueKind.String)
        {
            return $"Message is expects the 'type' property to be a string, but got {KindName(typeElement.ValueKind)}";
        }
        var typeName = typeElement.GetString()!;
        root.TryGetProperty("payload", out var payload);
        switch (typeName)
        {
            case GraphQLWsProtocol.ConnectionInit:
            case GraphQLWsProtocol.Ping:
            case GraphQLWsProtocol.Pong:
                if (!IsNullish(payload) && payload.ValueKind != JsonValueKind.Object)
                {
                    return $"\"{typeName}\" message expects the 'payload' property to be an object or nullish or missing, but got \"{(payload.ValueKind == JsonValueKind.String ? payload.GetString() : payload.GetRawText())}\"";
                }
                message = new GraphQLWsClientMessage
                {
                    Type = typeName switch
                    {
                        GraphQLWsProtocol.ConnectionInit => GraphQLWsMessageType.ConnectionInit,
                        GraphQLWsProtocol.Ping => GraphQLWsMessageType.Ping,
                        _ => GraphQLWsMessageType.Pong,
                    },
                    Payload = IsNullish(payload) ? null : ToObject(payload),
                };
                return null;
            case GraphQLWsProtocol.Subscribe:
                return ValidateSubscribe(root, payload, out message);
            case GraphQLWsProtocol.Complete:
                if (ValidateId(root, typeName, out var id) is { } idError) return idError;
                message = new GraphQLWsClientMessage { Type = GraphQLWsMessageType.Complete, Id = id };
                return null;
            case GraphQLWsProtocol.ConnectionAck:
            case GraphQLWsProtocol.Next:
            case GraphQLWsProtocol.Error:
                // Valid messages of the protocol, but only a server sends them.
                return $"Unexpected message of type {typeName} received";
            default:
                return $"Invalid message 'type' property \"{typeName}\"";
        }
    }

    private static string? ValidateSubscribe(JsonElement root, JsonElement payload, out GraphQLWsClientMessage? message)
    {
        message = null;
        const string type = GraphQLWsProtocol.Subscribe;
        if (ValidateId(root, type, out var id) is { } idError) return idError;
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return $"\"{type}\" message expects the 'payload' property to be an object, but got {KindName(payload.ValueKind)}";
        }
        if (!payload.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            return $"\"{type}\" message payload expects the 'query' property to be a string, but got {KindName(query.ValueKind)}";
        }
        payload.TryGetProperty("variables", out var variables);
        if (!IsNullish(variables) && variables.ValueKind != JsonValueKind.Object)
        {
            return $"\"{type}\" message payload expects the 'variables' property to be a an object or nullish or missing, but got {KindName(variables.ValueKind)}";
        }
        payload.TryGetProperty("operationName", out var operationName);
        if (!IsNullish(operationName) && operationName.ValueKind != JsonValueKind.String)
        {
            return $"\"{type}\" message payload expects the 'operationName' property to be a string or nullish or missing, but got {KindName(operationName.ValueKind)}";
        }
        payload.TryGetProperty("extensions", out var extensions);
        if (!IsNullish(extensions) && extensions.ValueKind != JsonValueKind.Object)
        {
            return $"\"{type}\" message payload expects the 'extensions' property to be a an object or nullish or missing, but got {KindName(extensions.ValueKind)}";
        }
        message = new GraphQLWsClientMessage
        {
            Type = GraphQLWsMessageType.Subscribe,
            Id = id,
            Subscribe = new GraphQLWsSubscribePayload
            {
                Query = query.GetString()!,
                OperationName = IsNullish(operationName) ? null : operationName.GetString(),
                Variables = IsNullish(variables) ? null : ToObject(variables),
                Extensions = IsNullish(extensions) ? null : ToObject(extensions),
            },
        };
        return null;
    }

    private static string? ValidateId(JsonElement root, string type, out string? id)
    {
        id = null;
        root.TryGetProperty("id", out var element);
        if (element.ValueKind != JsonValueKind.String)
        {
            return $"\"{type}\" message expects the 'id' property to be a string, but got {KindName(element.ValueKind)}";
        }
        id = element.GetString();
        return string.IsNullOrEmpty(id) ? $"\"{type}\" message requires a non-empty 'id' property" : null;
    }

    private static bool IsNullish(JsonElement e) => e.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null;

    private static bool IsFalsy(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.False => true,
        JsonValueKind.String => e.GetString()!.Length == 0,
        JsonValueKind.Number => e.GetDouble() == 0,
        _ => false,
    };

    /// <summary>JavaScript's names for the kinds of values, as the graphql-ws messages print them.</summary>
    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "undefined",
    };

    /// <summary>The engine's runtime value graph: ordered maps, lists, string, bool, long or double, null.</summary>
    internal static IReadOnlyDictionary<string, object?> ToObject(JsonElement json) => JsonValues.DecodeObject(json);
}
