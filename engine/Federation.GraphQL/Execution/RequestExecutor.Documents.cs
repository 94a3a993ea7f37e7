using Federation.GraphQL.Language;
using Federation.GraphQL.Validation;

namespace Federation.GraphQL.Execution;

public sealed partial class RequestExecutor
{
    private readonly Func<string, PreparedDocument> _prepareText;
    private readonly Func<ReadOnlyMemory<byte>, PreparedDocument> _prepareUtf8;

    /// <summary>
    /// Parses and validates <paramref name="query"/> through the document cache, as <see cref="ExecuteAsync"/> does first:
    /// transports call it to learn the operation's type or to report request errors before they answer.
    /// </summary>
    public PreparedDocument GetDocument(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Documents.GetOrAdd(query, _prepareText);
    }

    /// <inheritdoc cref="IRequestExecutor.GetDocument(ReadOnlyMemory{byte})"/>
    public PreparedDocument GetDocument(ReadOnlyMemory<byte> utf8Query) => Documents.GetOrAdd(utf8Query, _prepareUtf8);

    private PreparedDocument Prepare(Func<DocumentNode> parse)
    {
        DocumentNode document;
        using (var parsing = Telemetry.RequestTelemetry.StartPhase(ParseSpan))
        {
            try
            {
                document = parse();
            }
            catch (GraphQLSyntaxException ex)
            {
                IReadOnlyList<GraphQLError> syntaxError = [GraphQLError.FromSyntaxException(ex)];
                Telemetry.RequestTelemetry.Fail(parsing, syntaxError);
                return new PreparedDocument(null, syntaxError);
            }
        }
        if (!Options.ValidateDocuments) return new PreparedDocument(document, []);
        using var validating = Telemetry.RequestTelemetry.StartPhase(ValidateSpan);
        var errors = DocumentValidator.Validate(Schema, document, Options.ValidationOptions);
        Telemetry.RequestTelemetry.Fail(validating, errors);
        return new PreparedDocument(document, errors);
    }
}
