namespace Federation.GraphQL.Validation;

/// <summary>Stops the walk when the error limit or a complexity budget is reached; the validator turns it into a final error.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException(string message) : base(message) { }

    public const string TooManyErrors = "Too many validation errors, error limit reached. Validation aborted.";
    public const string Aborted = "Validation aborted.";
}
