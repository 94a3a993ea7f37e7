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

    public GraphQLError WithPath(IReadOnlyList<object>? path) => new(Message, Locations, path, Extensions, Exception) { Source = Source };

    public GraphQLError WithLocations(IReadOnlyList<ErrorLocation>? locations) => new(Message, locations, Path, Extensions, Exception) { Source = Source };

    /// <summary>
    /// The name of the document the <see cref="Locations"/> are in when there are several (a subgraph's name in
    /// composition, a file name); null for a request's own document. Never written to a response.
    /// </summary>
    public string? Source { get; init; }

    /// <summary>The error's code: <c>extensions.code</c> (e.g. Apollo composition's <c>INVALID_FIELD_SHARING</c>), or null.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>This error with <c>extensions.code</c> set (other extensions kept).</summary>
    public GraphQLError WithCode(string code)
    {
        var extensions = Extensions is null ? new Dictionary<string, object?>(1) : new Dictionary<string, object?>(Extensions);
        extensions["code"] = code;
        return new GraphQLError(Message, Locations, Path, extensions, Exception) { Source = Source };
    }

    /// <summary>This error attributed to the named document (its locations are in that document).</summary>
    public GraphQLError WithSource(string? source) => new(Message, Locations, Path, Extensions, Exception) { Source = source };

    /// <summary>
    /// One line for a terminal: <c>source:line:column: CODE message</c>, with the first location; the parts that are
    /// unknown are left out (<c>CODE message</c>, <c>source: CODE message</c>).
    /// </summary>
    public string ToDiagnosticString()
    {
        var where = Locations is [var l, ..] ? $"{l.Line}:{l.Column}" : null;
        var prefix = (Source, where) switch
        {
            (null, null) => "",
            (null, _) => where + ": ",
            (_, null) => Source + ": ",
            _ => $"{Source}:{where}: ",
        };
        return Code is null ? prefix + Message : $"{prefix}{Code} {Message}";
    }

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
