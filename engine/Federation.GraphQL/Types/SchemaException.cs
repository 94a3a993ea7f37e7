namespace Federation.GraphQL.Types;

/// <summary>Thrown when SDL or a schema is invalid; <see cref="GraphQLException.Errors"/> lists every error found.</summary>
public sealed class SchemaException : GraphQLException
{
    public SchemaException(IReadOnlyList<GraphQLError> errors) : base(errors) { }

    /// <summary>Every message, separated by blank lines (as graphql-js's assertValidSDL and assertValidSchema).</summary>
    public override string Message => string.Join("\n\n", Errors.Select(e => e.Message));
}
