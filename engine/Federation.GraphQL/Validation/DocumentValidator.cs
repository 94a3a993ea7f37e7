using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Validation;

/// <summary>Validates an executable document against a schema (spec section 5).</summary>
public static class DocumentValidator
{
    /// <summary>Runs the specified rules; an empty list means the document is valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
        => Validate(schema, document, ValidationRules.Specified, options);

    /// <summary>Runs the given rules (one new instance each) in one walk over the document.</summary>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyList<Func<ValidationRule>> rules,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<GraphQLError>();
        var context = new ValidationContext(schema, document, options ?? ValidationOptions.Default, errors);
        var instances = new ValidationRule[rules.Count];
        for (var i = 0; i < instances.Length; i++) instances[i] = rules[i]();
        try
        {
            foreach (var rule in instances) rule.Start(context);
            new DocumentWalker(context, instances).Walk(document);
        }
        catch (ValidationAbortedException aborted)
        {
            errors.Add(new GraphQLError(aborted.Message));
        }
        return errors;
    }
}
