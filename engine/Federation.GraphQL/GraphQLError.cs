using Federation.GraphQL.Language;

namespace Federation.GraphQL;

/// <summary>A 1-based line and column in the document (spec 7.1.2 locations).</summary>
public readonly record struct ErrorLocation(int Line, int Column);

/// <summary>An error in a response (spec 7.1.2): message, locations, path and extensions.</summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<ErrorLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? exception = null)
    {
        Message = message;
        Locations = locations;
        Path = path;
        Extensions = extensions;
        Exception = exception;
    }

    public string Message { get; }
    public IReadOnlyList<ErrorLocation>? Locations { get; }
    /// <summary>Strings (field response names) and ints (list indices).</summary>
    public IReadOnlyList<object>? Path { get; }
    public IReadOnlyDictionary<string, object?>? Extensions { get; }
    /// <summary>The exception behind a field error, if any. Never written to the response.</summary>
    public Exception? Exception { get; }

    /// <summary>Creates an error located at the given syntax nodes (nodes without a location are skipped).</summary>
    public static GraphQLError At(string message, params SyntaxNode?[] nodes)
    {
        var locations = new List<ErrorLocation>();
        foreach (var n in nodes)
        {
            if (n?.Location is { } l) locations.Add(new ErrorLocation(l.Line, l.Column));
        }
        return new GraphQLError(message, locations.Count > 0 ? locations : null);
    }

    /// <summary>The request error for a document that does not parse (spec 7.1.2: located, no path).</summary>
    public static GraphQLError FromSyntaxException(GraphQLSyntaxException exception)
        => new(exception.Message, [new ErrorLocation(exception.Line, exception.Column)], exception: exception);

    public GraphQLError WithPath(IReadOnlyList<object>? path) => new(Message, Locations, path, Extensions, Exception);

    public GraphQLError WithLocations(IReadOnlyList<ErrorLocation>? locations) => new(Message, locations, Path, Extensions, Exception);

    public override string ToString() => Message;
}

/// <summary>Thrown by resolvers, scalars and the engine to produce one or more GraphQL errors with their extensions.</summary>
public class GraphQLException : Exception
{
    public GraphQLException(string message, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message) => Errors = [new GraphQLError(message, extensions: extensions)];

    public GraphQLException(GraphQLError error) : base(error.Message) => Errors = [error];

    public GraphQLException(IReadOnlyList<GraphQLError> errors)
        : base(errors.Count > 0 ? errors[0].Message : "GraphQL error") => Errors = errors;

    public IReadOnlyList<GraphQLError> Errors { get; }
}
