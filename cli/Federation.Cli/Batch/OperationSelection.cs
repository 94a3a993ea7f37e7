using Federation.GraphQL.Language;

namespace Federation.Cli.Batch;

/// <summary>Spec 6.1 GetOperation, only to tell whether a request is a subscription.</summary>
public static class OperationSelection
{
    public static bool IsSubscription(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation) continue;
            if (operationName is null)
            {
                if (found is not null) return false; // ambiguous: the executor reports it
                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                found = operation;
                break;
            }
        }
        return found?.Operation == OperationType.Subscription;
    }
}
